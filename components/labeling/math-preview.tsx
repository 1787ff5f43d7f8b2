"use client";

import katex from "katex";
import { Fragment, useMemo } from "react";

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
          <span key={index} dangerouslySetInnerHTML={{ __html: katex.renderToString(segment.value, { throwOnError: false, displayMode: false, trust: false, strict: "ignore", output: "html" }) }} />
        ),
      )}
    </>
  );
}

/**
 * Live preview of a learner's rewrite: text stays text (React escapes it, so no HTML or script can
 * run) and formulas are typeset by KaTeX with `trust: false`; a broken formula shows its error.
 */
export function MathPreview({ text, label }: { text: string; label: string }) {
  const segments = useMemo(() => splitMath(text), [text]);
  return (
    <div aria-label={label} role="region" className="min-h-24 whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-3 text-sm leading-7" data-testid="rewrite-preview">
      {segments.map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.value}</Fragment>
        ) : (
          <span
            key={index}
            className={segment.kind === "display" ? "block overflow-x-auto py-1 text-center" : undefined}
            // KaTeX escapes the formula's text and, with trust off, allows no links, HTML or styles from it.
            dangerouslySetInnerHTML={{ __html: katex.renderToString(segment.value, { throwOnError: false, displayMode: segment.kind === "display", trust: false, strict: "ignore", output: "html" }) }}
          />
        ),
      )}
    </div>
  );
}
