"use client";

import { useEffect } from "react";
import { LessonCompletion, type TLessonCompletionLabels } from "./lesson-completion";
import { ReadingPosition } from "./reading-position";
import { loadReaderState, useReaderStatus } from "./reader-state";

/** On a prerendered lesson page (one HTML for every reader): the reader's completion and reading position, from their state call. */
export function LessonReader({ courseSlug, lessonSlug, labels }: { courseSlug: string; lessonSlug: string; labels: TLessonCompletionLabels }) {
  useEffect(() => loadReaderState(courseSlug, lessonSlug), [courseSlug, lessonSlug]);
  const status = useReaderStatus();
  const state = status.kind === "ready" ? status.state : null;
  return (
    <>
      <LessonCompletion
        key={`${courseSlug}/${lessonSlug}/${state?.completed ?? "?"}`}
        courseSlug={courseSlug}
        lessonSlug={lessonSlug}
        completed={state?.completed ?? false}
        labels={labels}
      />
      {state && <ReadingPosition courseSlug={courseSlug} lessonSlug={lessonSlug} initial={state.position} />}
    </>
  );
}

/**
 * On a lesson page rendered per request (the checked path): asks once for the reader's state, only
 * for the grant it renews, so the next lessons of the course are served prerendered.
 */
export function LessonGrantRenewal({ courseSlug, lessonSlug }: { courseSlug: string; lessonSlug: string }) {
  useEffect(() => {
    const query = new URLSearchParams({ course: courseSlug, lesson: lessonSlug });
    void fetch(`/api/lessons/state?${query}`, { cache: "no-store", credentials: "same-origin" }).catch(() => undefined);
  }, [courseSlug, lessonSlug]);
  return null;
}
