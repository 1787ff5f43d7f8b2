import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { reviewRubric, type TReviewDimension } from "./review-rubric";
import { rewriteContextOf, type TRewriteContext } from "./rewrite-context";
import type { TReviewQueueEntry } from "./read-review-queue";
import { learnerCohortKey, readReviewScope } from "../access/review-scope";

export const reviewSelect = {
  id: true,
  scores: true,
  verdict: true,
  comment: true,
  updatedAt: true,
  reviewer: { select: { name: true, role: true } },
  comments: { orderBy: [{ anchorStart: "asc" }, { anchorEnd: "asc" }], select: { id: true, anchorStart: true, anchorEnd: true, quote: true, body: true } },
} satisfies Prisma.SubmissionReviewSelect;

export type TStoredReview = {
  id: string;
  scores: Record<string, number>;
  verdict: "ACCEPTED" | "REVISE";
  comment: string | null;
  updatedAt: Date;
  reviewer: { name: string; role: string };
  comments: { id: string; anchorStart: number; anchorEnd: number; quote: string; body: string }[];
};

/** A queue entry (who, which class, which item, when, status) with what the reviewer needs to grade it. */
export type TReviewItem = Omit<TReviewQueueEntry, "verdict"> & {
  /** The prompt and the dialogue the rewrite answers (context for the reviewer). */
  prompt: string | null;
  dialogue: { role: "user" | "assistant"; text: string }[];
  rewrite: TRewriteContext;
  /** True when the learner has since submitted this item again (the newer attempt is the one to review). */
  superseded: boolean;
  rubric: readonly TReviewDimension[];
  review: TStoredReview | null;
};

/** A stored review as plain data (scores as numbers only). */
export function toStoredReview(row: { scores: unknown } & Omit<TStoredReview, "scores">): TStoredReview {
  const scores = typeof row.scores === "object" && row.scores !== null ? row.scores : {};
  return { ...row, scores: Object.fromEntries(Object.entries(scores).filter((entry): entry is [string, number] => typeof entry[1] === "number")) };
}

/**
 * One rewrite submission for its reviewer: the original, the learner's rewrite, the gold rewrite,
 * the rubric and the review so far. Only for who may review the learner's class (instructor of the
 * class, staff); a submission outside that scope or without a rewrite is "notFound".
 */
export async function readReviewItem(actor: TSessionUser, submissionId: string): Promise<TReviewItem> {
  const scope = await readReviewScope(actor);
  const db = await getDb();
  const row = await db.exerciseSubmission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      userId: true,
      cohortId: true,
      courseSlug: true,
      setId: true,
      itemId: true,
      answers: true,
      reviewStatus: true,
      createdAt: true,
      user: { select: { name: true } },
      review: { select: reviewSelect },
    },
  });
  const cohortClass = row ? scope.classOfLearner.get(learnerCohortKey(row.userId, row.cohortId)) : undefined;
  if (!row || !cohortClass || row.reviewStatus === "NONE") throw new AppError("notFound");
  const set = await loadExerciseSet(row.courseSlug, row.setId);
  const itemIndex = set ? set.items.findIndex((item) => item.id === row.itemId) : -1;
  const item = set?.items[itemIndex];
  const rewrite = item ? rewriteContextOf(item, row.answers) : null;
  if (!set || !item || !rewrite) throw new AppError("notFound");
  const newer = await db.exerciseSubmission.count({
    where: { userId: row.userId, courseSlug: row.courseSlug, setId: row.setId, itemId: row.itemId, createdAt: { gt: row.createdAt } },
  });
  return {
    submissionId: row.id,
    learner: { id: row.userId, name: row.user.name },
    class: cohortClass,
    courseSlug: row.courseSlug,
    setId: set.id,
    setTitle: { zh: set.title, en: set.titleEn },
    itemId: item.id,
    itemIndex: itemIndex + 1,
    prompt: item.prompt ?? null,
    dialogue: item.dialogue,
    rewrite,
    status: row.reviewStatus === "REVIEWED" ? "REVIEWED" : "PENDING",
    submittedAt: row.createdAt,
    superseded: newer > 0,
    rubric: reviewRubric,
    review: row.review ? toStoredReview(row.review) : null,
  };
}
