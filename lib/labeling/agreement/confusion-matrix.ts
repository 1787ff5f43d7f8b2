import { isPresentValue, type TReliabilityValue } from "./reliability-data";

export type TCategoryCounts = {
  category: number | string;
  /** How often gold says this category (row total). */
  support: number;
  /** How often the learner said it (column total). */
  predicted: number;
  /** Both said it (the diagonal cell). */
  correct: number;
  /** correct / predicted; null when the learner never said it. */
  precision: number | null;
  /** correct / support; null when gold never says it. */
  recall: number | null;
};

export type TConfusionMatrix = {
  categories: (number | string)[];
  /** counts[g][l]: gold said categories[g], the learner categories[l]. */
  counts: number[][];
  /** Pairs counted (both present). */
  total: number;
  /** Pairs skipped because either side was missing. */
  skipped: number;
  /** Share on the diagonal; null without pairs. */
  accuracy: number | null;
  perCategory: TCategoryCounts[];
};

/**
 * Confusion matrix of categorical labels, gold (rows) × learner (columns), over paired answers
 * `gold[i]`, `given[i]` — a verdict, or one rubric dimension's score on its scale. Pairs with a
 * missing side are skipped (and counted in `skipped`). Per category: support, precision and
 * recall (null instead of 0/0). `categories` fixes rows and columns, in the order given. Pure;
 * independent of the order of the pairs. Throws a RangeError for unpaired input or a value that is
 * not one of the categories.
 */
export function confusionMatrix(
  gold: readonly TReliabilityValue[],
  given: readonly TReliabilityValue[],
  categories: readonly (number | string)[],
): TConfusionMatrix {
  if (gold.length !== given.length) throw new RangeError(`confusionMatrix needs paired answers, got ${gold.length} and ${given.length}`);
  const index = new Map<number | string, number>(categories.map((category, i) => [category, i]));
  const counts = categories.map(() => categories.map(() => 0));
  let total = 0;
  let skipped = 0;
  for (let i = 0; i < gold.length; i += 1) {
    const expected = gold[i];
    const answered = given[i];
    if (!isPresentValue(expected) || !isPresentValue(answered)) {
      skipped += 1;
      continue;
    }
    const row = index.get(expected);
    const column = index.get(answered);
    if (row === undefined || column === undefined) {
      throw new RangeError(`value ${JSON.stringify(row === undefined ? expected : answered)} is not one of the categories`);
    }
    counts[row]![column]! += 1;
    total += 1;
  }
  let diagonal = 0;
  const perCategory = categories.map((category, c) => {
    const support = counts[c]!.reduce((sum, count) => sum + count, 0);
    const predicted = counts.reduce((sum, row) => sum + row[c]!, 0);
    const correct = counts[c]![c]!;
    diagonal += correct;
    return { category, support, predicted, correct, precision: predicted === 0 ? null : correct / predicted, recall: support === 0 ? null : correct / support };
  });
  return { categories: [...categories], counts, total, skipped, accuracy: total === 0 ? null : diagonal / total, perCategory };
}
