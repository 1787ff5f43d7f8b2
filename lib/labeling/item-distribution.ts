import "server-only";
import { getDb } from "../db";
import type { TItem } from "./exercise-schema";

export type TDistribution = {
  respondents: number;
  /** taskId.dimensionId → counts per score (index = score). */
  scores: Record<string, number[]>;
  /** taskId.flag → how many raised it. */
  flags: Record<string, number>;
  /** taskId → counts per preference value −3…3 (index = value + 3). */
  preferences: Record<string, number[]>;
  /** taskId.value → count. */
  verdicts: Record<string, number>;
};

type TStoredAnswers = Record<string, { scores?: Record<string, number>; flags?: string[]; value?: number | string }>;

/**
 * How the learner's class (the same cohort; the whole course for staff) answered an item: counts
 * only, from each learner's latest submission, never who answered what. Shown after the caller
 * has submitted the item themselves.
 */
export async function readItemDistribution(item: TItem, scope: { courseSlug: string; setId: string; cohortId: string | null }): Promise<TDistribution> {
  const db = await getDb();
  const rows = await db.exerciseSubmission.findMany({
    where: { courseSlug: scope.courseSlug, setId: scope.setId, itemId: item.id, ...(scope.cohortId ? { cohortId: scope.cohortId } : {}) },
    orderBy: { createdAt: "desc" },
    distinct: ["userId"],
    select: { answers: true },
  });
  const result: TDistribution = { respondents: rows.length, scores: {}, flags: {}, preferences: {}, verdicts: {} };
  for (const row of rows) {
    const answers = row.answers as TStoredAnswers;
    for (const task of item.tasks) {
      const answer = answers[task.id];
      if (!answer) continue;
      if (task.type === "rubric") {
        for (const dimension of task.dimensions) {
          const score = answer.scores?.[dimension.id];
          if (typeof score !== "number") continue;
          const key = `${task.id}.${dimension.id}`;
          result.scores[key] ??= Array.from({ length: dimension.scale + 1 }, () => 0);
          result.scores[key][score] = (result.scores[key][score] ?? 0) + 1;
        }
      } else if (task.type === "flags") {
        for (const flag of answer.flags ?? []) result.flags[`${task.id}.${flag}`] = (result.flags[`${task.id}.${flag}`] ?? 0) + 1;
      } else if (task.type === "preference" && typeof answer.value === "number") {
        result.preferences[task.id] ??= [0, 0, 0, 0, 0, 0, 0];
        result.preferences[task.id]![answer.value + 3] = (result.preferences[task.id]![answer.value + 3] ?? 0) + 1;
      } else if (task.type === "verdict" && typeof answer.value === "string") {
        result.verdicts[`${task.id}.${answer.value}`] = (result.verdicts[`${task.id}.${answer.value}`] ?? 0) + 1;
      }
    }
  }
  return result;
}
