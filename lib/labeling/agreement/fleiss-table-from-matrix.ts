import { countValuesPerUnit, valueDomainOf, type TReliabilityMatrix } from "./reliability-data";

export type TFleissTable = {
  /** Units × categories counts, one row per kept unit, ready for `fleissKappa`. */
  table: number[][];
  /** The categories, in column order. */
  categories: (number | string)[];
  /** Raters per kept unit. */
  raters: number;
  /** Indices (into the matrix) of the units kept, in order. */
  keptUnits: number[];
  /** Units dropped because they had a different number of answers than `raters`. */
  dropped: number;
};

/**
 * The count table Fleiss' κ needs, from a units × coders matrix with missing answers.
 *
 * Fleiss' κ is only defined when every unit has the same number of ratings, so units whose number
 * of answers differs from `raters` are **dropped** (counted in `dropped`), never padded or
 * subsampled: filling in or discarding individual answers would change the statistic in ways that
 * depend on which ones. `raters` defaults to the widest row (the units every coder answered: the
 * "complete units"). With `onUnequal: "throw"` an unequal unit is a RangeError instead. Use
 * Krippendorff's α, which handles missing answers, when many units are incomplete.
 *
 * `categories` fixes the columns (and rejects other values); by default the values seen. Pure.
 */
export function fleissTableFromMatrix(
  matrix: TReliabilityMatrix,
  options: { categories?: readonly (number | string)[]; raters?: number; onUnequal?: "drop" | "throw" } = {},
): TFleissTable {
  const categories = valueDomainOf(matrix, options.categories);
  const raters = options.raters ?? matrix.reduce((widest, row) => Math.max(widest, row.length), 0);
  const { counts, totals, width } = countValuesPerUnit(matrix, categories);
  const table: number[][] = [];
  const keptUnits: number[] = [];
  let dropped = 0;
  for (let unit = 0; unit < totals.length; unit += 1) {
    if (totals[unit] !== raters) {
      if (options.onUnequal === "throw") throw new RangeError(`unit ${unit} has ${totals[unit]} answers, expected ${raters}`);
      dropped += 1;
      continue;
    }
    table.push(Array.from(counts.subarray(unit * width, (unit + 1) * width)));
    keptUnits.push(unit);
  }
  return { table, categories, raters, keptUnits, dropped };
}
