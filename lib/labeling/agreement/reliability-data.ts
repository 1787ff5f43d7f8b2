/**
 * Reliability data: what several coders (learners) answered for the same units (items), in the shape
 * Krippendorff calls the "reliability data matrix" (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", §A–C), but oriented **units × coders**: `matrix[unit][coder]`. The literature
 * prints it coders × units; `transposeReliabilityMatrix` turns one into the other.
 *
 * A value is a number (a score) or a string (a category); `null`, `undefined` and NaN mean "no answer".
 */

/** One cell: a coder's value for a unit, or missing (null, undefined, NaN). */
export type TReliabilityValue = number | string | null | undefined;

/** Units × coders; rows may differ in length (a short row is missing answers at the end). */
export type TReliabilityMatrix = readonly (readonly TReliabilityValue[])[];

/** One answer in sparse form, e.g. one row of a submissions query. */
export type TRating = { unit: string; coder: string; value: TReliabilityValue };

/** A value that counts: a string, or a finite number. */
export function isPresentValue(value: TReliabilityValue): value is number | string {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/**
 * Builds a units × coders matrix from sparse ratings. Units and coders appear in the order given
 * (or first-seen order when not given); ratings for units or coders outside a given list are
 * ignored. A coder rating the same unit twice: the last rating wins (as the latest submission
 * counts in `submit-item.ts`). Pure; O(ratings + units × coders).
 */
export function reliabilityMatrixFromRatings(
  ratings: readonly TRating[],
  order: { units?: readonly string[]; coders?: readonly string[] } = {},
): { units: string[]; coders: string[]; matrix: TReliabilityValue[][] } {
  const units = order.units ? [...order.units] : [...new Set(ratings.map((rating) => rating.unit))];
  const coders = order.coders ? [...order.coders] : [...new Set(ratings.map((rating) => rating.coder))];
  const unitIndex = new Map(units.map((unit, i) => [unit, i]));
  const coderIndex = new Map(coders.map((coder, i) => [coder, i]));
  const matrix: TReliabilityValue[][] = units.map(() => coders.map(() => null));
  for (const { unit, coder, value } of ratings) {
    const row = unitIndex.get(unit);
    const column = coderIndex.get(coder);
    if (row === undefined || column === undefined) continue;
    matrix[row]![column] = isPresentValue(value) ? value : null;
  }
  return { units, coders, matrix };
}

/**
 * Swaps rows and columns (coders × units ↔ units × coders); short rows are padded with null.
 */
export function transposeReliabilityMatrix(matrix: TReliabilityMatrix): TReliabilityValue[][] {
  const width = matrix.reduce((widest, row) => Math.max(widest, row.length), 0);
  return Array.from({ length: width }, (_, column) => matrix.map((row) => row[column] ?? null));
}

/**
 * The distinct present values of a matrix: numbers ascending, then strings in code-unit order.
 * With an explicit `domain`, checks that every present value belongs to it and returns it as given
 * (its order is the scale's order). Throws a RangeError for a value outside the domain.
 */
export function valueDomainOf(matrix: TReliabilityMatrix, domain?: readonly (number | string)[]): (number | string)[] {
  const seen = new Set<number | string>();
  for (const row of matrix) for (const value of row) if (isPresentValue(value)) seen.add(value);
  if (domain) {
    const allowed = new Set(domain);
    for (const value of seen) if (!allowed.has(value)) throw new RangeError(`value ${JSON.stringify(value)} is not in the domain`);
    return [...domain];
  }
  const numbers = [...seen].filter((value): value is number => typeof value === "number").sort((a, b) => a - b);
  const strings = [...seen].filter((value): value is string => typeof value === "string").sort();
  return [...numbers, ...strings];
}

/**
 * Value counts per unit: `counts[unit * V + v]` is how many coders gave unit `unit` the value
 * `domain[v]` (V = domain.length), with `totals[unit]` their sum. This is the only pass over the
 * cells; every statistic here works from these counts, so its cost is O(cells + units × V²).
 */
export function countValuesPerUnit(
  matrix: TReliabilityMatrix,
  domain: readonly (number | string)[],
): { counts: Float64Array; totals: Float64Array; width: number } {
  const width = domain.length;
  const index = new Map<number | string, number>(domain.map((value, i) => [value, i]));
  const counts = new Float64Array(matrix.length * width);
  const totals = new Float64Array(matrix.length);
  for (let unit = 0; unit < matrix.length; unit += 1) {
    const row = matrix[unit]!;
    const offset = unit * width;
    for (let coder = 0; coder < row.length; coder += 1) {
      const value = row[coder];
      if (!isPresentValue(value)) continue;
      const v = index.get(value);
      if (v === undefined) throw new RangeError(`value ${JSON.stringify(value)} is not in the domain`);
      counts[offset + v] = counts[offset + v]! + 1;
      totals[unit] = totals[unit]! + 1;
    }
  }
  return { counts, totals, width };
}
