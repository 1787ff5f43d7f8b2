import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TMyReview } from "@/lib/reviews/read-my-reviews";
import { labelReviewRubric } from "@/lib/reviews/review-rubric";
import { HighlightedText } from "./highlighted-text";

/**
 * The instructor's review as the learner reads it, under their submission: the verdict, a score per
 * rubric dimension, the overall comment and the comments anchored in their own rewrite (highlighted,
 * numbered). Everything is rendered as text.
 */
export function ReviewView({ review: mine, m, locale }: { review: TMyReview; m: TMessages; locale: TLocale }) {
  const r = m.reviews;
  const { review } = mine;
  const anchors = review.comments.map((comment) => ({ start: comment.anchorStart, end: comment.anchorEnd }));
  return (
    <section
      id="instructor-review"
      aria-labelledby="instructor-review-title"
      className="mt-8 space-y-4 rounded-2xl border border-brand-100 bg-brand-50 p-5"
      data-testid="instructor-review"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="instructor-review-title" className="text-lg font-semibold">
          {r.learnerTitle}
        </h2>
        <p
          className={`rounded-full px-3 py-1 text-sm font-semibold ${review.verdict === "ACCEPTED" ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
          data-testid="review-verdict"
        >
          {r.verdicts[review.verdict]}
        </p>
      </div>
      <p className="text-sm text-slate-600">{interpolate(r.reviewedBy, { name: review.reviewer.name, time: formatDateTime(review.updatedAt, locale) })}</p>
      <dl className="grid gap-2 sm:grid-cols-2">
        {labelReviewRubric(mine.rubric, r.rubricDimensions).map((dimension) => {
          const score = review.scores[dimension.id];
          const anchor = score ? dimension.anchors[score - 1] : undefined;
          return (
            <div key={dimension.id} className="rounded-lg bg-white p-2 text-sm">
              <dt className="font-semibold">{dimension.label}</dt>
              <dd>
                {score ? interpolate(r.score, { score, scale: dimension.scale }) : "—"}
                {anchor && <span className="text-slate-600"> · {anchor}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {review.comment && (
        <div>
          <h3 className="text-sm font-semibold">{r.overall}</h3>
          <p className="whitespace-pre-wrap text-sm" data-testid="review-comment">
            {review.comment}
          </p>
        </div>
      )}
      {review.comments.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{r.yourRewrite}</h3>
          <div className="whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-3 font-mono text-sm leading-7" data-testid="review-rewrite">
            <HighlightedText text={mine.rewriteText} anchors={anchors} />
          </div>
          <ol className="space-y-2" data-testid="review-anchored">
            {review.comments.map((comment, index) => (
              <li key={comment.id} className="rounded-lg bg-white p-2 text-sm">
                <p className="font-medium">
                  <span className="mr-1 font-semibold">{index + 1}.</span>
                  {interpolate(r.commentOn, { quote: comment.quote })}
                </p>
                <p className="whitespace-pre-wrap">{comment.body}</p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
