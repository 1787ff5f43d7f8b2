import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import { itemCategories, qualificationMetricIds, type TExerciseSet, type TItemCategory, type TQualificationMetricId } from "../labeling/exercise-schema";
import { gradeItem } from "../labeling/grade-item";
import { meanOf } from "../labeling/grade-set";
import { measureFlagPrecisionRecall, type TFlagPair } from "../labeling/metrics/flag-precision-recall";

/** Each metric's value 0…1, null where the set gives it nothing to measure. */
export type TQualificationMetrics = Record<TQualificationMetricId, number | null>;

/** One threshold checked: the learner's value next to the bar; a null value never passes. */
export type TThresholdCheck = { metric: TQualificationMetricId; value: number | null; threshold: number; passed: boolean };

/** One category of a drawing test: mean item score of its drawn items (unanswered = 0) against its bar. */
export type TCategoryCheck = { category: TItemCategory; items: number; value: number; threshold: number; passed: boolean };

/**
 * What a finished attempt stores in `QualificationAttempt.result`. `categoryChecks` is absent in
 * results stored before item banks existed.
 */
export type TQualificationResult = {
  items: number;
  answered: number;
  metrics: TQualificationMetrics;
  checks: TThresholdCheck[];
  categoryChecks?: TCategoryCheck[];
  passed: boolean;
};

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
export function evaluateThresholds(
  metrics: TQualificationMetrics,
  thresholds: Partial<Record<TQualificationMetricId, number>>,
): { checks: TThresholdCheck[]; passed: boolean } {
  const checks = qualificationMetricIds.flatMap((metric): TThresholdCheck[] => {
    const threshold = thresholds[metric];
    if (threshold === undefined) return [];
    const value = metrics[metric];
    // A tiny epsilon so 0.7 computed as 0.69999… from sums of fractions still passes a 0.7 bar.
    return [{ metric, value, threshold, passed: value !== null && value + 1e-9 >= threshold }];
  });
  return { checks, passed: checks.length > 0 && checks.every((check) => check.passed) };
}

/**
 * Mean item score per category over the items shown, each against `categoryThresholds` (a category
 * without a threshold is not checked). Unanswered items score 0. Pure.
 */
export function evaluateCategories(set: TExerciseSet, answersByItem: ReadonlyMap<string, TItemAnswers>): TCategoryCheck[] {
  const thresholds = set.qualification?.categoryThresholds ?? {};
  return itemCategories.flatMap((category): TCategoryCheck[] => {
    const threshold = thresholds[category];
    const items = set.items.filter((item) => item.category === category);
    if (threshold === undefined || items.length === 0) return [];
    const value = meanOf(items.map((item) => (answersByItem.has(item.id) ? gradeItem(item, answersByItem.get(item.id)!).score : 0))) ?? 0;
    return [{ category, items: items.length, value, threshold, passed: value + 1e-9 >= threshold }];
  });
}

/**
 * Grades a whole attempt over the items it showed (`itemIds`, as drawn; every item of the set when
 * omitted): metrics against the set's thresholds, each category against its own, and the verdict —
 * passed only when every check of both kinds passes. Answers to items not shown are ignored.
 */
export function gradeQualification(set: TExerciseSet, answersByItem: ReadonlyMap<string, TItemAnswers>, itemIds?: readonly string[]): TQualificationResult {
  const shown = itemIds ? new Set(itemIds) : null;
  const attemptSet: TExerciseSet = shown ? { ...set, items: set.items.filter((item) => shown.has(item.id)) } : set;
  const metrics = measureQualification(attemptSet, answersByItem);
  const { checks, passed } = evaluateThresholds(metrics, set.qualification?.passThresholds ?? {});
  const categoryChecks = evaluateCategories(attemptSet, answersByItem);
  return {
    items: attemptSet.items.length,
    answered: attemptSet.items.filter((item) => answersByItem.has(item.id)).length,
    metrics,
    checks,
    categoryChecks,
    passed: passed && categoryChecks.every((check) => check.passed),
  };
}
