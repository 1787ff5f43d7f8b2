import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { TAnswerErrorCode } from "../labeling/answer-schema";
import { gradeItem } from "../labeling/grade-item";
import { loadQualificationSet } from "../labeling/load-exercise-sets";
import { validateItemAnswers } from "../labeling/validate-answers";
import { acceptsAnswerAt } from "./qualification-rules";

/** What the learner learns from saving an answer: that it was saved — never a grade or a gold answer. */
export type TSubmitAttemptAnswerResult = { ok: true; itemId: string; savedAt: Date } | { ok: false; fieldErrors: Record<string, TAnswerErrorCode> };

/**
 * Saves the caller's answer to one item of their own running attempt. Refuses, with the server
 * clock `now`: an attempt already handed in (qualificationFinished) and an answer arriving more
 * than the grace (`answerGraceMs`, 5 s) after the deadline (qualificationTimeUp), and an item of
 * the bank that this attempt did not draw (notFound). Answers are
 * checked with the practice validator (field errors, nothing stored); a valid one is stored as an
 * ExerciseSubmission with `attemptId` (graded server-side for the final result), and a later
 * answer to the same item replaces it. The checks and the insert run under a lock on the attempt,
 * so an answer cannot slip in after `finishAttempt` graded it.
 */
export async function submitAttemptAnswer(
  actor: TSessionUser,
  input: { attemptId: string; itemId: string; answers: unknown },
  now: Date = new Date(),
): Promise<TSubmitAttemptAnswerResult> {
  const db = await getDb();
  const attempt = await db.qualificationAttempt.findFirst({
    where: { id: input.attemptId, userId: actor.id },
    select: { id: true, courseSlug: true, setId: true, cohortId: true, deadline: true, submittedAt: true, itemIds: true },
  });
  if (!attempt) throw new AppError("notFound");
  if (attempt.submittedAt) throw new AppError("qualificationFinished");
  if (!acceptsAnswerAt(attempt.deadline, now)) throw new AppError("qualificationTimeUp");
  const set = await loadQualificationSet(attempt.courseSlug);
  const shown = attempt.itemIds.length === 0 || attempt.itemIds.includes(input.itemId);
  const item = set?.id === attempt.setId && shown ? set.items.find((candidate) => candidate.id === input.itemId) : undefined;
  if (!set || !item) throw new AppError("notFound");
  const validated = validateItemAnswers(item, input.answers);
  if (!validated.ok) return { ok: false, fieldErrors: validated.fieldErrors };
  const grade = gradeItem(item, validated.answers);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "QualificationAttempt" WHERE id = ${attempt.id} FOR UPDATE`;
    const current = await tx.qualificationAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { submittedAt: true } });
    if (current.submittedAt) throw new AppError("qualificationFinished");
    await tx.exerciseSubmission.create({
      data: {
        userId: actor.id,
        courseSlug: attempt.courseSlug,
        setId: set.id,
        itemId: item.id,
        cohortId: attempt.cohortId,
        guidelineVersion: set.guidelineVersion,
        answers: validated.answers as Prisma.InputJsonValue,
        grade: grade as unknown as Prisma.InputJsonValue,
        score: grade.score,
        attemptId: attempt.id,
        createdAt: now,
      },
    });
  }, lockingTransactionOptions);
  return { ok: true, itemId: item.id, savedAt: now };
}
