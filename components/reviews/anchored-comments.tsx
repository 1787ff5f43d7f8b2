"use client";

import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import type { TMessages } from "@/lib/i18n/types";
import type { TAnchoredComment } from "@/lib/reviews/review-input";
import { HighlightedText } from "./highlighted-text";

type TProps = {
  text: string;
  anchors: TAnchoredComment[];
  onChange: (anchors: TAnchoredComment[]) => void;
  errors: Record<string, string>;
  labels: TMessages["reviews"];
};

/** The [start, end) offsets of the current selection inside `root`, counted in the text's UTF-16 units. */
function selectionIn(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * Comments on parts of the learner's text: select words in the text and press “comment on
 * selection”, or type the exact words in the quote field (the first occurrence is used).
 */
export function AnchoredComments({ text, anchors, onChange, errors, labels }: TProps) {
  const sourceRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [quote, setQuote] = useState("");
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const takeSelection = () => {
    const selected = sourceRef.current ? selectionIn(sourceRef.current) : null;
    if (!selected || selected.end > text.length) {
      setProblem(labels.noSelection);
      return;
    }
    setRange(selected);
    setQuote(text.slice(selected.start, selected.end));
    setProblem(null);
  };
  const add = () => {
    const start = range && text.slice(range.start, range.end) === quote ? range.start : quote ? text.indexOf(quote) : -1;
    if (start < 0 || quote === "") return setProblem(labels.quoteNotFound);
    if (body.trim() === "") return setProblem(labels.bodyRequired);
    onChange([...anchors, { start, end: start + quote.length, quote, body: body.trim() }]);
    setRange(null);
    setQuote("");
    setBody("");
    setProblem(null);
  };

  return (
    <section aria-labelledby="anchored-title" className="space-y-3">
      <h2 id="anchored-title" className="text-lg font-semibold">
        {labels.anchored}
      </h2>
      <p className="text-sm text-slate-600">{labels.anchoredHint}</p>
      {errors.anchors && <p className="text-sm text-red-700">{errors.anchors}</p>}
      <p id="review-source-label" className="text-xs font-semibold text-slate-600">
        {labels.sourceText}
      </p>
      <div
        ref={sourceRef}
        role="document"
        tabIndex={0}
        aria-labelledby="review-source-label"
        className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-3 font-mono text-sm leading-7"
        data-testid="review-source"
      >
        <HighlightedText text={text} anchors={anchors} numbered={false} />
      </div>
      <button type="button" className={buttonClass("secondary")} onMouseDown={(event) => event.preventDefault()} onClick={takeSelection}>
        {labels.commentSelection}
      </button>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="anchor-quote" className="block text-sm font-medium">
            {labels.quote}
          </label>
          <textarea
            id="anchor-quote"
            rows={2}
            value={quote}
            onChange={(event) => {
              setQuote(event.target.value);
              setRange(null);
            }}
            className="block w-full rounded-lg border border-slate-300 p-2 font-mono text-sm"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="anchor-body" className="block text-sm font-medium">
            {labels.commentBody}
          </label>
          <textarea
            id="anchor-body"
            rows={2}
            maxLength={2_000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            className="block w-full rounded-lg border border-slate-300 p-2 text-sm"
          />
        </div>
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
      <button type="button" className={buttonClass("secondary")} onClick={add}>
        {labels.addComment}
      </button>
      {anchors.length > 0 && (
        <ol className="space-y-2" data-testid="anchored-list">
          {anchors.map((anchor, index) => (
            <li key={`${anchor.start}-${anchor.end}-${index}`} className="rounded-lg border border-amber-200 bg-amber-50 p-2 text-sm">
              <p>
                <span className="font-semibold">{index + 1}.</span> <mark className="bg-amber-200">{anchor.quote}</mark>
              </p>
              <p className="whitespace-pre-wrap">{anchor.body}</p>
              {errors[`anchors.${index}`] && <p className="text-red-700">{errors[`anchors.${index}`]}</p>}
              <button type="button" className="text-sm text-red-700 underline" onClick={() => onChange(anchors.filter((_, other) => other !== index))}>
                {labels.removeComment}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
