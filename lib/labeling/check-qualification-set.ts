import type { TExerciseSet, TQualificationMetricId, TTask } from "./exercise-schema";
import { checkDrawQuotas } from "./check-draw-quotas";

/** The task type each metric measures; overallScore measures every task. */
const metricTaskType: Record<TQualificationMetricId, TTask["type"] | null> = {
  overallScore: null,
  rubricWithinToleranceRate: "rubric",
  flagPrecision: "flags",
  flagRecall: "flags",
  flagF1: "flags",
  preferenceDirectionRate: "preference",
  verdictAccuracy: "verdict",
};

/**
 * Consistency of a qualification test that zod cannot express (the schema already refuses
 * unknown metric names): every threshold measures tasks the set has, flag metrics need at least
 * one gold flag (else they are never defined), and no rewrite tasks — a timed test is graded at
 * once, while rewrites wait for a person. Returns problems; [] for practice sets.
 */
export function checkQualificationSet(set: TExerciseSet): string[] {
  if (!set.qualification) return [];
  const problems: string[] = [];
  const tasks = set.items.flatMap((item) => item.tasks.map((task) => ({ item, task })));
  for (const { item, task } of tasks) {
    if (task.type === "rewrite")
      problems.push(`item ${item.id} task ${task.id}: a qualification test cannot contain rewrite tasks (they are not graded automatically)`);
  }
  for (const metric of Object.keys(set.qualification.passThresholds) as TQualificationMetricId[]) {
    const type = metricTaskType[metric];
    if (type && !tasks.some(({ task }) => task.type === type)) problems.push(`qualification.passThresholds.${metric}: the set has no ${type} task to measure`);
    if (type === "flags" && !tasks.some(({ task }) => task.type === "flags" && task.gold.flags.length > 0)) {
      problems.push(`qualification.passThresholds.${metric}: no flags task has a gold flag, so the metric is never defined`);
    }
  }
  problems.push(...checkDrawQuotas(set));
  return problems;
}
