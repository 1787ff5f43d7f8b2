import type { TTask } from "./exercise-schema";
import type { TItemGrade, TVerdict } from "./grade-item";

/** The six task types. */
export type TTaskType = TTask["type"];

/** Counts for one task type over a set of graded items. */
export type TTypeSummary = {
  /** Graded tasks of this type (a task graded for two learners counts twice). */
  tasks: number;
  fields: number;
  right: number;
  close: number;
  wrong: number;
  pending: number;
  /** Mean points of the non-pending fields; null when there are none (a rewrite without write checks has only a pending field). */
  score: number | null;
};

/** A set's graded items in figures: see `summarizeSet`. */
export type TSetSummary = {
  items: number;
  /** Mean of the item scores (each item weighs the same); null for no items. */
  score: number | null;
  byType: Record<TTaskType, TTypeSummary>;
};

/** Every task type, in the order summaries list them. */
export const taskTypes: readonly TTaskType[] = ["rubric", "flags", "preference", "ranking", "rewrite", "verdict", "audit"];

/**
 * Mean of finite numbers, null for none. Sums in sorted order, so the result does not depend on the
 * order of the input (floating-point addition is not associative).
 */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  return sum / sorted.length;
}

/**
 * Summarises graded items: the overall score (mean item score) and, per task type, how many tasks and
 * fields there were, how many were right / close / wrong / pending, and the mean points. Never NaN:
 * empty means are null. Independent of the order of `grades`.
 */
export function summarizeSet(grades: readonly TItemGrade[]): TSetSummary {
  const byType = Object.fromEntries(
    taskTypes.map((type) => {
      const ofType = grades.map((grade) => grade.fields.filter((field) => field.taskType === type));
      const fields = ofType.flat();
      const count = (verdict: TVerdict) => fields.filter((field) => field.verdict === verdict).length;
      const tasks = ofType.reduce((sum, list) => sum + new Set(list.map((field) => field.taskId)).size, 0);
      const graded = fields.filter((field) => field.verdict !== "pending").map((field) => field.points);
      const summary: TTypeSummary = {
        tasks,
        fields: fields.length,
        right: count("right"),
        close: count("close"),
        wrong: count("wrong"),
        pending: count("pending"),
        score: meanOf(graded),
      };
      return [type, summary];
    }),
  ) as Record<TTaskType, TTypeSummary>;
  return { items: grades.length, score: meanOf(grades.map((grade) => grade.score)), byType };
}
