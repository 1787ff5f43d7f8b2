"use client";

import { Fragment, useMemo } from "react";
import { renderLearnerMath } from "@/lib/labeling/learner-math";

type TSegment = { kind: "text" | "inline" | "display"; value: string };

/** Splits learner text into plain text and `$…$` / `$$…$$` math (an escaped `\$` stays text). */
export function splitMath(text: string): TSegment[] {
  const segments: TSegment[] = [];
  const pattern = /\$\$([\s\S]+?)\$\$|(?<!\\)\$((?:\\\$|[^$\n])+?)\$/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ kind: "text", value: text.slice(last, match.index) });
    segments.push(match[1] !== undefined ? { kind: "display", value: match[1] } : { kind: "inline", value: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", value: text.slice(last) });
  return segments;
}

/** Text with inline math and `code` (rationales): text stays text, formulas are typeset. */
export function MathText({ text }: { text: string }) {
  const segments = useMemo(() => splitMath(text), [text]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.value}</Fragment>
        ) : (
          <span key={index} dangerouslySetInnerHTML={{ __html: renderLearnerMath(segment.value, false) }} />
        ),
      )}
    </>
  );
}

/**
 * Live preview of a learner's rewrite: text stays text (React escapes it, so no HTML or script can
 * run) and formulas are typeset by KaTeX with `trust: false` and capped sizes; a broken formula shows
 * its error. The panel clips what it holds (overflow hidden, paint containment), so nothing a learner
 * writes can draw over the page around it, e.g. the reviewer's header.
 */
export function MathPreview({ text, label }: { text: string; label: string }) {
  const segments = useMemo(() => splitMath(text), [text]);
  return (
    <div
      aria-label={label}
      role="region"
      className="relative min-h-24 overflow-hidden whitespace-pre-wrap break-words rounded-xl border border-slate-200 bg-white p-3 text-sm leading-7 [contain:paint]"
      data-testid="rewrite-preview"
    >
      {segments.map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.value}</Fragment>
        ) : (
          <span
            key={index}
            className={segment.kind === "display" ? "block overflow-x-auto py-1 text-center" : undefined}
            // KaTeX escapes the formula's text and, with trust off, allows no links, HTML or styles from
            // it; sizes are capped and oversized or over-long formulas stay text (learner-math.ts).
            dangerouslySetInnerHTML={{ __html: renderLearnerMath(segment.value, segment.kind === "display") }}
          />
        ),
      )}
    </div>
  );
}
