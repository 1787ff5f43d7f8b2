import { cohenKappa } from "../labeling/agreement/cohen-kappa";
import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet } from "../labeling/exercise-schema";

export type TCalibrationAnswer = { setId: string; itemId: string; answers: TItemAnswers; score: number; createdAt: Date };

export type TCalibration = {
  answers: number;
  dimensions: {
    id: string;
    label: string;
    labelEn: string;
    /** Share within tolerance per week (week = Monday's date, Asia/Shanghai), oldest first. */
    weekly: { week: string; accuracy: number; count: number }[];
    /** Mean of (your score − gold): > 0 too lenient, < 0 too harsh. */
    bias: number;
    count: number;
  }[];
  /** Cohen's κ (quadratic) between your latest rubric scores and gold; null when undefined. */
  kappaWithGold: number | null;
  /** Latest answer per item that was not fully right, lowest score first. */
  revisit: { setId: string; itemId: string; score: number }[];
};

/** Monday of the date's week in Asia/Shanghai, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
  const local = new Date(date.getTime() + 8 * 3_600_000);
  const day = (local.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day)).toISOString().slice(0, 10);
}

/**
 * A learner's calibration against gold from all their practice answers (oldest first): per rubric
 * dimension, accuracy (within the gold's tolerance) week by week and bias (mean signed error);
 * overall agreement with gold over their latest answers; items to revisit. Pure.
 */
export function computeCalibration(sets: readonly TExerciseSet[], history: readonly TCalibrationAnswer[]): TCalibration {
  const setsById = new Map(sets.map((set) => [set.id, set]));
  type TTally = { label: string; labelEn: string; weeks: Map<string, { within: number; count: number }>; errorSum: number; count: number };
  const tallies = new Map<string, TTally>();
  const latest = new Map<string, TCalibrationAnswer>();
  for (const answer of history) {
    const set = setsById.get(answer.setId);
    const item = set?.items.find((candidate) => candidate.id === answer.itemId);
    if (!item) continue;
    latest.set(`${answer.setId}/${answer.itemId}`, answer);
    for (const task of item.tasks) {
      if (task.type !== "rubric") continue;
      const given = readTaskAnswer(answer.answers, task);
      for (const dimension of task.dimensions) {
        const gold = task.gold[dimension.id];
        const score = given?.scores[dimension.id];
        if (!gold || typeof score !== "number") continue;
        const tally = tallies.get(dimension.id) ?? { label: dimension.label, labelEn: dimension.labelEn, weeks: new Map(), errorSum: 0, count: 0 };
        const week = weekOf(answer.createdAt);
        const cell = tally.weeks.get(week) ?? { within: 0, count: 0 };
        cell.count += 1;
        if (Math.abs(score - gold.score) <= gold.tolerance) cell.within += 1;
        tally.weeks.set(week, cell);
        tally.errorSum += score - gold.score;
        tally.count += 1;
        tallies.set(dimension.id, tally);
      }
    }
  }
  const givenScores: (number | null)[] = [];
  const goldScores: number[] = [];
  for (const answer of latest.values()) {
    const item = setsById.get(answer.setId)!.items.find((candidate) => candidate.id === answer.itemId)!;
    for (const task of item.tasks) {
      if (task.type !== "rubric") continue;
      const given = readTaskAnswer(answer.answers, task);
      for (const dimension of task.dimensions) {
        const gold = task.gold[dimension.id];
        if (!gold) continue;
        givenScores.push(given?.scores[dimension.id] ?? null);
        goldScores.push(gold.score);
      }
    }
  }
  return {
    answers: history.length,
    dimensions: [...tallies].map(([id, tally]) => ({
      id,
      label: tally.label,
      labelEn: tally.labelEn,
      weekly: [...tally.weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, cell]) => ({ week, accuracy: cell.within / cell.count, count: cell.count })),
      bias: tally.errorSum / tally.count,
      count: tally.count,
    })),
    kappaWithGold: goldScores.length > 0 ? cohenKappa(givenScores, goldScores, { categories: [1, 2, 3, 4, 5, 6, 7], weights: "quadratic" }).kappa : null,
    revisit: [...latest.values()]
      .filter((answer) => answer.score < 1)
      .sort((a, b) => a.score - b.score)
      .map(({ setId, itemId, score }) => ({ setId, itemId, score })),
  };
}
