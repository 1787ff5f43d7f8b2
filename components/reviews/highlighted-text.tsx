import { splitHighlights } from "@/lib/reviews/review-input";

/**
 * The learner's text with the commented ranges marked: the string is cut at the anchors' offsets and
 * rendered as React text (never HTML), so the offsets stay those of the stored text. Each mark ends
 * with the numbers of the comments that cover it.
 */
export function HighlightedText({ text, anchors, numbered = true }: { text: string; anchors: readonly { start: number; end: number }[]; numbered?: boolean }) {
  const parts = splitHighlights(text, anchors);
  return (
    <>
      {parts.map((part) =>
        part.marks.length === 0 ? (
          <span key={part.start}>{part.text}</span>
        ) : (
          <mark key={part.start} className="rounded bg-amber-200 text-slate-900" data-testid="review-highlight">
            {part.text}
            {numbered && part.marks.some((index) => anchors[index]!.end === part.start + part.text.length) && (
              <sup className="select-none px-0.5 text-xs font-semibold text-amber-900" aria-hidden="true">
                {part.marks
                  .filter((index) => anchors[index]!.end === part.start + part.text.length)
                  .map((index) => index + 1)
                  .join(",")}
              </sup>
            )}
          </mark>
        ),
      )}
    </>
  );
}
