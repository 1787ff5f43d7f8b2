import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import type { Prisma } from "../generated/prisma/client";
import { readReviewItem } from "./read-review-item";
import { validateReviewInput, type TReviewErrorCode, type TReviewInput } from "./review-input";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueReviewMail } from "./queue-review-mail";

export type TSaveReviewResult = { ok: true; reviewId: string; changed: boolean } | { ok: false; fieldErrors: Record<string, TReviewErrorCode> };

/** The content of a review as compared between saves (order-independent scores, anchors by position). */
function fingerprint(review: TReviewInput): string {
  const scores = Object.keys(review.scores)
    .sort()
    .map((key) => [key, review.scores[key]]);
  return JSON.stringify([scores, review.verdict, review.comment, review.anchors.map((a) => [a.start, a.end, a.quote, a.body])]);
}

/**
 * Saves the review of one rewrite submission: rubric scores (every dimension, on its scale), a
 * verdict, an overall comment (≤ 2,000 characters) and comments anchored to [start, end) of the
 * learner's rewrite whose `quote` must equal that slice. Only the instructor of the learner's class
 * or staff may call it (others get notFound, as for a submission that does not exist); bad input
 * returns field errors and stores nothing. One review per submission: a re-save replaces the scores
 * and comments in one transaction and marks the submission REVIEWED. The learner is emailed, in
 * their language, when the review is first saved or its content changed — an identical re-save
 * (a double submit) changes nothing and sends nothing.
 */
export async function saveReview(actor: TSessionUser, input: { submissionId: string; review: unknown }): Promise<TSaveReviewResult> {
  const item = await readReviewItem(actor, input.submissionId);
  const validated = validateReviewInput(input.review, item.rewrite.text, item.rubric);
  if (!validated.ok) return { ok: false, fieldErrors: validated.fieldErrors };
  const review = validated.review;
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    // Serialises concurrent saves of the same submission (two reviewers, a double submit).
    await tx.$queryRaw`SELECT id FROM "ExerciseSubmission" WHERE id = ${item.submissionId} FOR UPDATE`;
    const previous = await tx.submissionReview.findUnique({
      where: { submissionId: item.submissionId },
      select: {
        id: true,
        scores: true,
        verdict: true,
        comment: true,
        comments: { orderBy: [{ anchorStart: "asc" }, { anchorEnd: "asc" }], select: { anchorStart: true, anchorEnd: true, quote: true, body: true } },
      },
    });
    const before = previous
      ? fingerprint({
          scores: previous.scores as Record<string, number>,
          verdict: previous.verdict,
          comment: previous.comment,
          anchors: previous.comments.map((c) => ({ start: c.anchorStart, end: c.anchorEnd, quote: c.quote, body: c.body })),
        })
      : null;
    if (previous && before === fingerprint(review)) return { reviewId: previous.id, changed: false, mailId: null };
    const data = { reviewerId: actor.id, scores: review.scores as Prisma.InputJsonValue, verdict: review.verdict, comment: review.comment };
    const saved = await tx.submissionReview.upsert({
      where: { submissionId: item.submissionId },
      create: { submissionId: item.submissionId, ...data },
      update: data,
      select: { id: true },
    });
    await tx.reviewComment.deleteMany({ where: { reviewId: saved.id } });
    await tx.reviewComment.createMany({
      data: review.anchors.map((a) => ({ reviewId: saved.id, anchorStart: a.start, anchorEnd: a.end, quote: a.quote, body: a.body })),
    });
    await tx.exerciseSubmission.update({ where: { id: item.submissionId }, data: { reviewStatus: "REVIEWED" } });
    return { reviewId: saved.id, changed: true, mailId: await queueReviewMail(tx, item.submissionId) };
  }, lockingTransactionOptions);
  await deliverQueuedMails([result.mailId]);
  return { ok: true, reviewId: result.reviewId, changed: result.changed };
}
