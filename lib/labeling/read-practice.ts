import "server-only";
import { getDb } from "../db";
import type { TExerciseSet } from "./exercise-schema";
import { loadExerciseSets } from "./load-exercise-sets";
import type { TItemAnswers } from "./answer-schema";
import { aggregateMetrics, type TAggregateMetrics } from "./metrics/aggregate-metrics";

export type TSetProgress = {
  set: TExerciseSet;
  done: number;
  total: number;
  meanScore: number | null;
  /** Items whose latest attempt was not fully right: they come back for review. */
  toReview: string[];
  /** Metrics by task type over the latest attempts (exact/within tolerance, flag P/R, preference, τ). */
  metrics: TAggregateMetrics;
};

/** The caller's own progress on every set of a course: items done, mean score, items to revisit. */
export async function readPracticeProgress(userId: string, courseSlug: string): Promise<TSetProgress[]> {
  const sets = await loadExerciseSets(courseSlug);
  const db = await getDb();
  const latest = await db.exerciseSubmission.findMany({
    where: { userId, courseSlug },
    orderBy: { createdAt: "desc" },
    distinct: ["setId", "itemId"],
    select: { setId: true, itemId: true, score: true, answers: true },
  });
  return sets.map((set) => {
    const mine = latest.filter((row) => row.setId === set.id && set.items.some((item) => item.id === row.itemId));
    return {
      set,
      done: mine.length,
      total: set.items.length,
      meanScore: mine.length ? mine.reduce((sum, row) => sum + row.score, 0) / mine.length : null,
      toReview: set.items.filter((item) => mine.some((row) => row.itemId === item.id && row.score < 1)).map((item) => item.id),
      metrics: aggregateMetrics(mine.map((row) => ({ item: set.items.find((item) => item.id === row.itemId)!, answers: row.answers as TItemAnswers }))),
    };
  });
}

/** The caller's latest submission of an item (answers and grade), or null. */
export async function readLatestSubmission(userId: string, courseSlug: string, setId: string, itemId: string) {
  const db = await getDb();
  return db.exerciseSubmission.findFirst({
    where: { userId, courseSlug, setId, itemId },
    orderBy: { createdAt: "desc" },
    select: { id: true, answers: true, grade: true, score: true, reviewStatus: true, createdAt: true },
  });
}

export async function readDraft(userId: string, courseSlug: string, setId: string, itemId: string): Promise<unknown> {
  const db = await getDb();
  const draft = await db.exerciseDraft.findUnique({
    where: { userId_courseSlug_setId_itemId: { userId, courseSlug, setId, itemId } },
    select: { answers: true },
  });
  return draft?.answers ?? null;
}
