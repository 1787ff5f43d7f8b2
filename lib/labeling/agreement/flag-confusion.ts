import { countsOf, type TFlagCounts } from "../metrics/flag-precision-recall";

/** One target: the flags the learner raised (null/undefined = not answered) and the gold flags. */
export type TFlagConfusionPair<F extends string> = { given: readonly F[] | null | undefined; gold: readonly F[] };

/** The 2×2 table of one flag (present/absent in gold × raised/not raised by the learner). */
export type TFlagConfusion = TFlagCounts & {
  /** Absent in gold and not raised. */
  tn: number;
};

/**
 * Per-flag 2×2 confusion counts over many targets: tp (gold has it, learner raised it), fp (raised,
 * not in gold), fn (in gold, not raised), tn (neither), with precision, recall and F1 from
 * `countsOf` (null instead of 0/0). Every flag in `flags` gets a table, even one never used (all
 * tn); flags outside `flags` are ignored. Unanswered targets are skipped; a flag listed twice
 * counts once. tp + fp + fn + tn = answered targets for every flag. Pure; order-independent.
 */
export function flagConfusion<F extends string>(
  pairs: readonly TFlagConfusionPair<F>[],
  flags: readonly F[],
): { pairs: number; perFlag: Record<F, TFlagConfusion> } {
  const tally = new Map<F, { tp: number; fp: number; fn: number }>(flags.map((flag) => [flag, { tp: 0, fp: 0, fn: 0 }]));
  let answered = 0;
  for (const { given, gold } of pairs) {
    if (!given) continue;
    answered += 1;
    const raised = new Set(given);
    const expected = new Set(gold);
    for (const [flag, entry] of tally) {
      if (raised.has(flag) && expected.has(flag)) entry.tp += 1;
      else if (raised.has(flag)) entry.fp += 1;
      else if (expected.has(flag)) entry.fn += 1;
    }
  }
  const perFlag = {} as Record<F, TFlagConfusion>;
  for (const [flag, { tp, fp, fn }] of tally) perFlag[flag] = { ...countsOf(tp, fp, fn), tn: answered - tp - fp - fn };
  return { pairs: answered, perFlag };
}
