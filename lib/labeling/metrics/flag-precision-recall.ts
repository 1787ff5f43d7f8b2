import { flagIds, type TFlag } from "../flags";

/** The flags a learner raised on one target next to the gold flags; `given` null/undefined = not answered. */
export type TFlagPair = { given: readonly TFlag[] | null | undefined; gold: readonly TFlag[] };

/** Confusion counts of one flag (or all pooled) and the figures derived from them. */
export type TFlagCounts = {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); null when the flag was never raised. */
  precision: number | null;
  /** tp / (tp + fn); null when the flag is never in gold. */
  recall: number | null;
  /** 2tp / (2tp + fp + fn): the harmonic mean of precision and recall, 0 whenever tp = 0; null when tp + fp + fn = 0. */
  f1: number | null;
};

/** Per-flag and pooled precision/recall over many targets. */
export type TFlagPrecisionRecall = {
  /** Pairs counted (answered ones). */
  pairs: number;
  /** Each flag that was raised or is in gold in at least one counted pair, in catalogue order. */
  perFlag: Partial<Record<TFlag, TFlagCounts>>;
  /** All flags pooled (micro average). */
  overall: TFlagCounts;
};

/** Precision, recall and F1 from counts; null instead of any 0/0. */
export function countsOf(tp: number, fp: number, fn: number): TFlagCounts {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

/**
 * Per-flag true positives, false positives and false negatives over many targets, with precision,
 * recall and F1, plus the pooled figures. Unanswered pairs are skipped; a flag listed twice counts
 * once. Never NaN (null instead). Independent of the order of the pairs.
 */
export function measureFlagPrecisionRecall(pairs: readonly TFlagPair[]): TFlagPrecisionRecall {
  const tally = new Map<TFlag, { tp: number; fp: number; fn: number }>();
  let counted = 0;
  for (const { given, gold } of pairs) {
    if (!given) continue;
    counted += 1;
    const raised = new Set(given);
    const expected = new Set(gold);
    for (const flag of new Set([...raised, ...expected])) {
      const entry = tally.get(flag) ?? { tp: 0, fp: 0, fn: 0 };
      if (raised.has(flag) && expected.has(flag)) entry.tp += 1;
      else if (raised.has(flag)) entry.fp += 1;
      else entry.fn += 1;
      tally.set(flag, entry);
    }
  }
  const perFlag: Partial<Record<TFlag, TFlagCounts>> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const flag of [...flagIds, ...[...tally.keys()].filter((flag) => !flagIds.includes(flag)).sort()]) {
    const entry = tally.get(flag);
    if (!entry) continue;
    perFlag[flag] = countsOf(entry.tp, entry.fp, entry.fn);
    total.tp += entry.tp;
    total.fp += entry.fp;
    total.fn += entry.fn;
  }
  return { pairs: counted, perFlag, overall: countsOf(total.tp, total.fp, total.fn) };
}
