import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TItem } from "../labeling/exercise-schema";

export type TPreferencePair = { prompt: string; chosen: string; rejected: string };

/**
 * Preference pairs from one learner's answers to one item, in the usual reward-model / DPO shape.
 * - Pairwise task: −3…−1 prefers response `a`, +1…+3 prefers `b`; 0 (a tie) gives no pair.
 * - Ranking task: every pair of the learner's order (best first), i.e. n·(n−1)/2 pairs for n
 *   responses — all pairs rather than adjacent ones, because each is a judgement the ranking
 *   makes and reward models train on all of them. A ranking has no ties.
 * Items without a prompt, unknown response ids and missing answers give no pairs. Pure.
 */
export function preferencePairs(item: TItem, answers: TItemAnswers): TPreferencePair[] {
  const prompt = item.prompt?.trimEnd();
  if (!prompt) return [];
  const textOf = new Map(item.responses.map((response) => [response.id, response.text.trimEnd()]));
  const pair = (chosenId: string, rejectedId: string): TPreferencePair[] => {
    const chosen = textOf.get(chosenId);
    const rejected = textOf.get(rejectedId);
    return chosen !== undefined && rejected !== undefined && chosenId !== rejectedId ? [{ prompt, chosen, rejected }] : [];
  };
  return item.tasks.flatMap((task) => {
    if (task.type === "preference") {
      const value = readTaskAnswer(answers, task)?.value;
      if (value === undefined || value === 0 || !Number.isFinite(value)) return [];
      return value < 0 ? pair(task.a, task.b) : pair(task.b, task.a);
    }
    if (task.type === "ranking") {
      const order = readTaskAnswer(answers, task)?.order ?? [];
      if (new Set(order).size !== order.length || !order.every((id) => task.responses.includes(id))) return [];
      return order.flatMap((better, index) => order.slice(index + 1).flatMap((worse) => pair(better, worse)));
    }
    return [];
  });
}
