"use client";

import { useEffect } from "react";

/**
 * Resumes the lesson where the learner stopped (unless the URL targets a heading) and reports the
 * reading position, debounced, so the next visit opens there.
 */
export function ReadingPosition({ courseSlug, lessonSlug, initial }: { courseSlug: string; lessonSlug: string; initial: number }) {
  useEffect(() => {
    const scrollable = () => Math.max(1, document.documentElement.scrollHeight - window.innerHeight);
    if (initial > 20 && !window.location.hash) window.scrollTo({ top: (initial / 1000) * scrollable() });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = initial;
    const report = () => {
      const position = Math.round((window.scrollY / scrollable()) * 1000);
      if (Math.abs(position - last) < 20) return;
      last = position;
      void fetch("/api/progress", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ courseSlug, lessonSlug, position }),
        keepalive: true,
      }).catch(() => undefined);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(report, 800);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      clearTimeout(timer);
    };
  }, [courseSlug, lessonSlug, initial]);
  return null;
}
