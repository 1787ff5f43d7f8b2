import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import type { TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet, TItem, TItemCategory, TQualificationMetricId } from "../labeling/exercise-schema";
import { loadQualificationSet } from "../labeling/load-exercise-sets";
import { toPublicItem, type TPublicItem } from "../labeling/public-item";
import { attemptLength } from "../labeling/draw-attempt-items";
import { finishOverdueAttempts } from "./finish-attempt";
import { issueCertificate, type TIssuedCertificate } from "./issue-certificate";
import type { TQualificationResult } from "./measure-qualification";
import { retakeAllowedAt } from "./qualification-rules";
import { readEligibility, type TQualificationEligibility } from "./read-eligibility";

export type TQualificationPage = {
  set: {
    id: string;
    title: string;
    titleEn: string;
    instructions: string;
    instructionsEn: string;
    guideline: string;
    /** Items one attempt shows (drawn from the bank when the test draws). */
    items: number;
    timeLimitMinutes: number;
    thresholds: Partial<Record<TQualificationMetricId, number>>;
    categoryThresholds: Partial<Record<TItemCategory, number>>;
  };
  eligibility: TQualificationEligibility;
  /** The attempt in progress: items without gold, the learner's own saved answers, the server's deadline. */
  running: { id: string; startedAt: Date; deadline: Date; items: TPublicItem[]; saved: Record<string, TItemAnswers> } | null;
  /** The latest finished attempt and its result (metrics vs thresholds). */
  lastFinished: { id: string; submittedAt: Date; result: TQualificationResult; passed: boolean } | null;
  passedAt: Date | null;
  /** After a failure: when a retake is allowed; null when one may start now (or after a pass). */
  retakeAt: Date | null;
  certificate: TIssuedCertificate | null;
  attempts: number;
};

/** The attempt's items in the order drawn; every item of the set for attempts without a stored draw. */
function shownItems(set: TExerciseSet, itemIds: readonly string[]): TItem[] {
  if (itemIds.length === 0) return set.items;
  const byId = new Map(set.items.map((item) => [item.id, item]));
  return itemIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The caller's qualification test of a course at `now`: the rules, the running attempt, the last
 * result and the certificate. Closes attempts past their deadline first (grading what was saved)
 * and issues the certificate when it is due. Null when the course has no test; forbidden when the
 * caller is not a learner of the course. Nothing here carries a gold answer or a field grade.
 */
export async function readQualification(actor: TSessionUser, courseSlug: string, now: Date = new Date()): Promise<TQualificationPage | null> {
  const set = await loadQualificationSet(courseSlug);
  if (!set?.qualification) return null;
  const eligibility = await readEligibility(actor, courseSlug, now);
  await finishOverdueAttempts(actor, courseSlug, now);
  const db = await getDb();
  const attempts = await db.qualificationAttempt.findMany({
    where: { userId: actor.id, courseSlug },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true, deadline: true, submittedAt: true, result: true, passed: true, itemIds: true },
  });
  const runningRow = attempts.find((attempt) => attempt.submittedAt === null) ?? null;
  const finishedRow = attempts.find((attempt) => attempt.submittedAt !== null) ?? null;
  const passedRow = attempts.find((attempt) => attempt.passed) ?? null;
  let running: TQualificationPage["running"] = null;
  if (runningRow) {
    const saved = await db.exerciseSubmission.findMany({
      where: { attemptId: runningRow.id, userId: actor.id },
      orderBy: { createdAt: "desc" },
      distinct: ["itemId"],
      select: { itemId: true, answers: true },
    });
    running = {
      id: runningRow.id,
      startedAt: runningRow.startedAt,
      deadline: runningRow.deadline,
      items: shownItems(set, runningRow.itemIds).map(toPublicItem),
      saved: Object.fromEntries(saved.map((row) => [row.itemId, row.answers as TItemAnswers])),
    };
  }
  const certificate = passedRow ? await issueCertificate(actor, { courseSlug }, now) : null;
  const retake = finishedRow && !passedRow && finishedRow.submittedAt ? retakeAllowedAt(finishedRow.submittedAt) : null;
  return {
    set: {
      id: set.id,
      title: set.title,
      titleEn: set.titleEn,
      instructions: set.instructions,
      instructionsEn: set.instructionsEn,
      guideline: set.guideline,
      items: attemptLength(set),
      timeLimitMinutes: set.qualification.timeLimitMinutes,
      thresholds: set.qualification.passThresholds,
      categoryThresholds: set.qualification.categoryThresholds ?? {},
    },
    eligibility,
    running,
    lastFinished: finishedRow?.submittedAt
      ? { id: finishedRow.id, submittedAt: finishedRow.submittedAt, result: finishedRow.result as TQualificationResult, passed: finishedRow.passed === true }
      : null,
    passedAt: passedRow?.submittedAt ?? null,
    retakeAt: retake && retake > now ? retake : null,
    certificate,
    attempts: attempts.length,
  };
}
