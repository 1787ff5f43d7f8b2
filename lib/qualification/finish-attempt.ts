import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { TItemAnswers } from "../labeling/answer-schema";
import { loadQualificationSet } from "../labeling/load-exercise-sets";
import { issueCertificate } from "./issue-certificate";
import { gradeQualification, type TQualificationResult } from "./measure-qualification";
import { answerGraceMs } from "./qualification-rules";

export type TFinishedAttempt = { attemptId: string; submittedAt: Date; result: TQualificationResult; passed: boolean };

/**
 * Grades one attempt and closes it, under a lock on its row: the latest saved answer per item
 * counts, unanswered items count as wrong, and the metrics are compared with the set's
 * thresholds, over the items the attempt showed (per category too). Idempotent — a closed attempt is returned as stored. `submittedAt` is `now`, or the
 * deadline when the attempt is closed late.
 */
async function closeAttempt(attemptId: string, now: Date): Promise<TFinishedAttempt> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "QualificationAttempt" WHERE id = ${attemptId} FOR UPDATE`;
    const attempt = await tx.qualificationAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { id: true, courseSlug: true, setId: true, deadline: true, submittedAt: true, result: true, passed: true, itemIds: true },
    });
    if (attempt.submittedAt)
      return { attemptId, submittedAt: attempt.submittedAt, result: attempt.result as TQualificationResult, passed: attempt.passed === true };
    const set = await loadQualificationSet(attempt.courseSlug);
    if (!set || set.id !== attempt.setId) throw new AppError("notFound");
    const saved = await tx.exerciseSubmission.findMany({
      where: { attemptId, createdAt: { lte: new Date(attempt.deadline.getTime() + answerGraceMs) } },
      orderBy: { createdAt: "desc" },
      distinct: ["itemId"],
      select: { itemId: true, answers: true },
    });
    const shown = attempt.itemIds.length > 0 ? attempt.itemIds : undefined;
    const result = gradeQualification(set, new Map(saved.map((row) => [row.itemId, row.answers as TItemAnswers])), shown);
    const submittedAt = now > attempt.deadline ? attempt.deadline : now;
    await tx.qualificationAttempt.update({
      where: { id: attemptId },
      data: { submittedAt, result: result as unknown as Prisma.InputJsonValue, passed: result.passed },
    });
    return { attemptId, submittedAt, result, passed: result.passed };
  }, lockingTransactionOptions);
}

/**
 * The caller hands in their own attempt (the "交卷" button, or the countdown reaching zero):
 * grades and closes it (see `closeAttempt`; idempotent) and, on a pass, issues the certificate
 * when the course is also completed. Throws notFound for someone else's attempt.
 */
export async function finishAttempt(actor: TSessionUser, input: { attemptId: string }, now: Date = new Date()): Promise<TFinishedAttempt> {
  const db = await getDb();
  const attempt = await db.qualificationAttempt.findFirst({ where: { id: input.attemptId, userId: actor.id }, select: { id: true, courseSlug: true } });
  if (!attempt) throw new AppError("notFound");
  const finished = await closeAttempt(attempt.id, now);
  if (finished.passed) await issueCertificate(actor, { courseSlug: attempt.courseSlug }, now);
  return finished;
}

/**
 * Closes the caller's attempts of a course whose deadline (plus the answer grace) has passed at
 * `now`, grading what was saved — called whenever an attempt is read, so a learner who closed the
 * tab still gets a result. Returns how many it closed.
 */
export async function finishOverdueAttempts(actor: TSessionUser, courseSlug: string, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const overdue = await db.qualificationAttempt.findMany({
    where: { userId: actor.id, courseSlug, submittedAt: null, deadline: { lt: new Date(now.getTime() - answerGraceMs) } },
    select: { id: true },
  });
  for (const attempt of overdue) {
    const finished = await closeAttempt(attempt.id, now);
    if (finished.passed) await issueCertificate(actor, { courseSlug }, now);
  }
  return overdue.length;
}
