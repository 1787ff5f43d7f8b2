/** A value that counts: a finite number (null, undefined and NaN are missing). */
const present = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Kendall's τ-b between paired values x[i] and y[i] (ranks or scores), ties handled:
 * (concordant − discordant) / √((n₀ − tiesX)(n₀ − tiesY)). Pairs with a missing value are skipped.
 * Returns a number in [−1, 1], or null when fewer than 2 pairs remain or either side is all ties.
 * Throws a RangeError when x and y differ in length.
 */
export function kendallTau(x: readonly (number | null | undefined)[], y: readonly (number | null | undefined)[]): number | null {
  if (x.length !== y.length) throw new RangeError(`kendallTau needs paired values, got ${x.length} and ${y.length}`);
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((value, i) => {
    const other = y[i];
    if (present(value) && present(other)) {
      xs.push(value);
      ys.push(other);
    }
  });
  const n = xs.length;
  if (n < 2) return null;
  // Pairs are counted per cell of distinct (x, y) values: O(cells²), which stays small for scores on a scale.
  const cells = new Map<string, { x: number; y: number; count: number }>();
  xs.forEach((value, i) => {
    const key = `${value}|${ys[i]}`;
    const cell = cells.get(key) ?? { x: value, y: ys[i]!, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  });
  const tiedPairs = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    let tied = 0;
    for (const count of counts.values()) tied += (count * (count - 1)) / 2;
    return tied;
  };
  const tiesX = tiedPairs(xs);
  const tiesY = tiedPairs(ys);
  const list = [...cells.values()];
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const a = list[i]!;
      const b = list[j]!;
      const direction = Math.sign(a.x - b.x) * Math.sign(a.y - b.y);
      if (direction > 0) concordant += a.count * b.count;
      else if (direction < 0) discordant += a.count * b.count;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiesX) * (pairs - tiesY));
  if (denominator === 0) return null;
  return Math.max(-1, Math.min(1, (concordant - discordant) / denominator));
}

/**
 * Kendall's τ between two orderings (lists of ids, best first), over the ids both list; an id listed
 * twice counts at its first position. Null when fewer than 2 ids are shared.
 */
export function kendallTauOfOrders(a: readonly string[], b: readonly string[]): number | null {
  const positionsInB = new Map<string, number>();
  b.forEach((id, i) => {
    if (!positionsInB.has(id)) positionsInB.set(id, i);
  });
  const seen = new Set<string>();
  const x: number[] = [];
  const y: number[] = [];
  a.forEach((id, i) => {
    const j = positionsInB.get(id);
    if (j === undefined || seen.has(id)) return;
    seen.add(id);
    x.push(i);
    y.push(j);
  });
  return kendallTau(x, y);
}
