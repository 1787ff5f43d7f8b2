import "server-only";
import { randomUUID } from "node:crypto";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { loadQualificationSet } from "../labeling/load-exercise-sets";
import { drawAttemptItems } from "../labeling/draw-attempt-items";
import { finishOverdueAttempts } from "./finish-attempt";
import { formatBeijingMinute } from "./format-beijing-minute";
import { retakeAllowedAt } from "./qualification-rules";
import { readEligibility } from "./read-eligibility";

export type TStartedAttempt = { attemptId: string; startedAt: Date; deadline: Date; resumed: boolean };

/**
 * Starts the caller's timed qualification attempt for a course (rules in qualification-rules.ts):
 * only for their own ACTIVE/COMPLETED enrollment once the cohort's opening session has started,
 * never after a pass, not within the retake cooldown after a failure. At most one attempt runs at
 * a time: while one does, it is returned (`resumed`) instead of a new one — the check and the
 * insert run under a lock on the learner's user row, so two clicks cannot start two attempts.
 * The deadline is `now + timeLimitMinutes`; attempts already past theirs are graded first. A new
 * attempt draws its items from the bank (`drawAttemptItems`, stratified by category) and stores
 * the list, so resuming shows the same items in the same order.
 */
export async function startAttempt(actor: TSessionUser, input: { courseSlug: string }, now: Date = new Date()): Promise<TStartedAttempt> {
  const set = await loadQualificationSet(input.courseSlug);
  if (!set?.qualification) throw new AppError("notFound");
  const eligibility = await readEligibility(actor, input.courseSlug, now);
  if (!eligibility.open) throw new AppError("qualificationNotOpen", { session: eligibility.openingSession });
  await finishOverdueAttempts(actor, input.courseSlug, now);
  const timeLimitMs = set.qualification.timeLimitMinutes * 60_000;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const attempts = await tx.qualificationAttempt.findMany({
      where: { userId: actor.id, courseSlug: input.courseSlug },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true, deadline: true, submittedAt: true, passed: true },
    });
    if (attempts.some((attempt) => attempt.passed)) throw new AppError("qualificationAlreadyPassed");
    const running = attempts.find((attempt) => attempt.submittedAt === null);
    if (running) return { attemptId: running.id, startedAt: running.startedAt, deadline: running.deadline, resumed: true };
    const lastFinished = attempts.find((attempt) => attempt.submittedAt !== null);
    if (lastFinished?.submittedAt && retakeAllowedAt(lastFinished.submittedAt) > now) {
      throw new AppError("qualificationCooldown", { time: formatBeijingMinute(retakeAllowedAt(lastFinished.submittedAt)) });
    }
    const created = await tx.qualificationAttempt.create({
      data: {
        userId: actor.id,
        courseSlug: input.courseSlug,
        setId: set.id,
        cohortId: eligibility.cohortId,
        startedAt: now,
        deadline: new Date(now.getTime() + timeLimitMs),
        itemIds: drawAttemptItems(set, randomUUID()),
      },
      select: { id: true, startedAt: true, deadline: true },
    });
    return { attemptId: created.id, startedAt: created.startedAt, deadline: created.deadline, resumed: false };
  }, lockingTransactionOptions);
}
