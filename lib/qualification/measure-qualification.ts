import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import { qualificationMetricIds, type TExerciseSet, type TQualificationMetricId } from "../labeling/exercise-schema";
import { gradeItem } from "../labeling/grade-item";
import { meanOf } from "../labeling/grade-set";
import { measureFlagPrecisionRecall, type TFlagPair } from "../labeling/metrics/flag-precision-recall";

/** Each metric's value 0…1, null where the set gives it nothing to measure. */
export type TQualificationMetrics = Record<TQualificationMetricId, number | null>;

/** One threshold checked: the learner's value next to the bar; a null value never passes. */
export type TThresholdCheck = { metric: TQualificationMetricId; value: number | null; threshold: number; passed: boolean };

/** What a finished attempt stores in `QualificationAttempt.result`. */
export type TQualificationResult = { items: number; answered: number; metrics: TQualificationMetrics; checks: TThresholdCheck[]; passed: boolean };

const rate = (hits: number, total: number) => (total === 0 ? null : hits / total);

/**
 * Measures a timed test over every item of the set. Unlike practice statistics (which skip what
 * was not answered), an unanswered item counts as wrong everywhere: its rubric scores fall outside
 * the tolerance, its preference has no direction, its verdict is wrong, and for flags it raised
 * nothing (so every gold flag it carries is a miss). Pure; independent of the order of the map.
 */
export function measureQualification(set: TExerciseSet, answersByItem: ReadonlyMap<string, TItemAnswers>): TQualificationMetrics {
  const grades = set.items.map((item) => gradeItem(item, answersByItem.get(item.id) ?? {}));
  const rubricFields = grades.flatMap((grade) => grade.fields.filter((field) => field.taskType === "rubric"));
  const flagPairs: TFlagPair[] = [];
  let preferences = 0;
  let sameDirection = 0;
  let verdicts = 0;
  let correctVerdicts = 0;
  for (const item of set.items) {
    const answers = answersByItem.get(item.id);
    for (const task of item.tasks) {
      if (task.type === "flags") flagPairs.push({ given: readTaskAnswer(answers, task)?.flags ?? [], gold: task.gold.flags });
      if (task.type === "preference") {
        preferences += 1;
        const given = readTaskAnswer(answers, task)?.value;
        if (given !== undefined && Math.sign(given) === Math.sign(task.gold.value)) sameDirection += 1;
      }
      if (task.type === "verdict") {
        verdicts += 1;
        if (readTaskAnswer(answers, task)?.value === task.gold.value) correctVerdicts += 1;
      }
    }
  }
  const flags = flagPairs.length ? measureFlagPrecisionRecall(flagPairs).overall : null;
  return {
    overallScore: meanOf(grades.map((grade) => grade.score)),
    rubricWithinToleranceRate: rate(rubricFields.filter((field) => field.verdict === "right" || field.verdict === "close").length, rubricFields.length),
    flagPrecision: flags?.precision ?? null,
    flagRecall: flags?.recall ?? null,
    flagF1: flags?.f1 ?? null,
    preferenceDirectionRate: rate(sameDirection, preferences),
    verdictAccuracy: rate(correctVerdicts, verdicts),
  };
}

/** Compares metrics with the set's thresholds (value ≥ threshold passes; null fails). Passed only when every check passes. */
export function evaluateThresholds(metrics: TQualificationMetrics, thresholds: Partial<Record<TQualificationMetricId, number>>): { checks: TThresholdCheck[]; passed: boolean } {
  const checks = qualificationMetricIds.flatMap((metric): TThresholdCheck[] => {
    const threshold = thresholds[metric];
    if (threshold === undefined) return [];
    const value = metrics[metric];
    // A tiny epsilon so 0.7 computed as 0.69999… from sums of fractions still passes a 0.7 bar.
    return [{ metric, value, threshold, passed: value !== null && value + 1e-9 >= threshold }];
  });
  return { checks, passed: checks.length > 0 && checks.every((check) => check.passed) };
}

/** Grades a whole attempt: metrics, checks against the set's thresholds, and the verdict. */
export function gradeQualification(set: TExerciseSet, answersByItem: ReadonlyMap<string, TItemAnswers>): TQualificationResult {
  const metrics = measureQualification(set, answersByItem);
  const { checks, passed } = evaluateThresholds(metrics, set.qualification?.passThresholds ?? {});
  return { items: set.items.length, answered: set.items.filter((item) => answersByItem.has(item.id)).length, metrics, checks, passed };
}
