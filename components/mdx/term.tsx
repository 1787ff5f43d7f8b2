"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";

/**
 * An inline term whose definition shows in a tooltip: a focusable button described by the
 * tooltip (aria-describedby). Opens on hover, focus or tap; Escape, blur or a tap elsewhere closes.
 */
export function Term({ term, definition }: { term: string; definition: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  // Keep the tooltip inside the viewport on phones.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    tip.style.transform = "";
    const rect = tip.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - 8);
    if (overflow > 0) tip.style.transform = `translateX(-${Math.min(overflow, Math.max(rect.left - 8, 0))}px)`;
  }, [open]);

  return (
    <span ref={wrapperRef} className="relative inline-block" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        aria-describedby={`${id}-definition`}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        className="mdx-term-button"
      >
        {term}
      </button>
      <span ref={tipRef} role="tooltip" id={`${id}-definition`} hidden={!open} className="mdx-term-tip">
        {definition}
      </span>
    </span>
  );
}
