import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { reviewSelect, toStoredReview, type TStoredReview } from "./read-review-item";
import { reviewRubric, type TReviewDimension } from "./review-rubric";
import { rewriteContextOf } from "./rewrite-context";

export type TMyReview = {
  submissionId: string;
  setId: string;
  itemId: string;
  submittedAt: Date;
  /** The learner's own rewrite, which the anchored comments point into. */
  rewriteText: string;
  rubric: readonly TReviewDimension[];
  /** The reviewer is shown by name and role only (an instructor or staff member, never another learner). */
  review: TStoredReview;
};

/**
 * The reviews of the caller's own submissions in a course (optionally one set / item), newest
 * submission first. Scoped by `userId` in the query, so nobody reads another learner's review.
 */
export async function readMyReviews(actor: TSessionUser, filter: { courseSlug: string; setId?: string; itemId?: string }): Promise<TMyReview[]> {
  const db = await getDb();
  const rows = await db.exerciseSubmission.findMany({
    where: { userId: actor.id, courseSlug: filter.courseSlug, setId: filter.setId, itemId: filter.itemId, review: { isNot: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, setId: true, itemId: true, answers: true, createdAt: true, review: { select: reviewSelect } },
  });
  const reviews: TMyReview[] = [];
  for (const row of rows) {
    const item = (await loadExerciseSet(filter.courseSlug, row.setId))?.items.find((candidate) => candidate.id === row.itemId);
    const rewrite = item ? rewriteContextOf(item, row.answers) : null;
    if (!row.review || !rewrite) continue;
    reviews.push({
      submissionId: row.id,
      setId: row.setId,
      itemId: row.itemId,
      submittedAt: row.createdAt,
      rewriteText: rewrite.text,
      rubric: reviewRubric,
      review: toStoredReview(row.review),
    });
  }
  return reviews;
}
