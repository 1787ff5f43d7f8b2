import { diffChars } from "diff";

/**
 * A character diff from the original to the rewrite: insertions green, deletions struck through,
 * as text (learner text is rendered escaped). Used by the rewrite editor and the review page.
 */
export function DiffView({ original, text, label, testId }: { original: string; text: string; label: string; testId: string }) {
  const parts = diffChars(original, text);
  return (
    <div
      role="region"
      aria-label={label}
      className="min-h-24 whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-3 text-sm leading-7"
      data-testid={testId}
    >
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-100 text-green-900 no-underline">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-100 text-red-800">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
