import type { TItem } from "../exercise-schema";
import { readOwn, readTaskAnswer, type TItemAnswers } from "../answer-schema";
import { gradeItem } from "../grade-item";
import { meanOf, summarizeSet, type TSetSummary } from "../grade-set";
import { measureFlagPrecisionRecall, type TFlagPair, type TFlagPrecisionRecall } from "./flag-precision-recall";
import { kendallTau, kendallTauOfOrders } from "./kendall-tau";
import { measurePreferenceAgreement, type TPreferenceAgreement, type TPreferencePair } from "./preference-agreement";
import { measureScoreAgreement, type TScoreAgreement, type TScorePair } from "./score-agreement";

/** One item and one learner's (validated) answers to it; null/undefined when the learner has not answered. */
export type TAnsweredItem = { item: TItem; answers: TItemAnswers | null | undefined };

/** Every metric over a learner's or a cohort's answers; null, never NaN, where nothing counts. */
export type TAggregateMetrics = {
  /** Entries given; `answered` of them had answers and are counted below. */
  items: number;
  answered: number;
  /** Scores and verdict counts of the answered entries (see `summarizeSet`). */
  summary: TSetSummary;
  rubric: TScoreAgreement & {
    /** Kendall τ-b between all learner scores and their gold scores: does the learner order quality like gold? */
    tau: number | null;
    /** Agreement per dimension id, pooled over the tasks and items that use it. */
    byDimension: Record<string, TScoreAgreement>;
  };
  flags: TFlagPrecisionRecall;
  preference: TPreferenceAgreement;
  ranking: { pairs: number; exact: number; exactRate: number | null; meanTau: number | null };
  verdict: { pairs: number; correct: number; accuracy: number | null };
};

/**
 * All metrics over many answered items of a set, for one learner (one entry per item) or a cohort
 * (one entry per learner and item): the graded summary, rubric score agreement (overall, τ and per
 * dimension), flag precision/recall, preference agreement, ranking τ and verdict accuracy. Unanswered
 * entries and missing values are skipped; empty figures are null, never NaN. The result does not
 * depend on the order of the entries.
 */
export function aggregateMetrics(entries: readonly TAnsweredItem[]): TAggregateMetrics {
  const answered = entries.filter((entry): entry is { item: TItem; answers: TItemAnswers } => Boolean(entry.answers));
  const scorePairs: (TScorePair & { dimension: string })[] = [];
  const flagPairs: TFlagPair[] = [];
  const preferencePairs: TPreferencePair[] = [];
  const taus: number[] = [];
  const verdicts = { pairs: 0, correct: 0 };
  for (const { item, answers } of answered) {
    for (const task of item.tasks) {
      if (task.type === "rubric") {
        const scores = readTaskAnswer(answers, task)?.scores ?? {};
        for (const dimension of task.dimensions) {
          const gold = readOwn(task.gold, dimension.id);
          if (gold) scorePairs.push({ dimension: dimension.id, given: readOwn(scores, dimension.id), gold: gold.score, tolerance: gold.tolerance });
        }
      } else if (task.type === "flags") {
        flagPairs.push({ given: readTaskAnswer(answers, task)?.flags ?? null, gold: task.gold.flags });
      } else if (task.type === "preference") {
        preferencePairs.push({ given: readTaskAnswer(answers, task)?.value, gold: task.gold.value });
      } else if (task.type === "ranking") {
        const order = readTaskAnswer(answers, task)?.order;
        const tau = order ? kendallTauOfOrders(order, task.gold.order) : null;
        if (tau !== null) taus.push(tau);
      } else if (task.type === "verdict") {
        const value = readTaskAnswer(answers, task)?.value;
        if (value === undefined) continue;
        verdicts.pairs += 1;
        if (value === task.gold.value) verdicts.correct += 1;
      }
    }
  }
  const dimensions = [...new Set(scorePairs.map((pair) => pair.dimension))].sort();
  const exactRankings = taus.filter((tau) => tau === 1).length;
  return {
    items: entries.length,
    answered: answered.length,
    summary: summarizeSet(answered.map(({ item, answers }) => gradeItem(item, answers))),
    rubric: {
      ...measureScoreAgreement(scorePairs),
      tau: kendallTau(
        scorePairs.map((pair) => pair.given),
        scorePairs.map((pair) => pair.gold),
      ),
      byDimension: Object.fromEntries(dimensions.map((id) => [id, measureScoreAgreement(scorePairs.filter((pair) => pair.dimension === id))])),
    },
    flags: measureFlagPrecisionRecall(flagPairs),
    preference: measurePreferenceAgreement(preferencePairs),
    ranking: { pairs: taus.length, exact: exactRankings, exactRate: taus.length === 0 ? null : exactRankings / taus.length, meanTau: meanOf(taus) },
    verdict: { ...verdicts, accuracy: verdicts.pairs === 0 ? null : verdicts.correct / verdicts.pairs },
  };
}
