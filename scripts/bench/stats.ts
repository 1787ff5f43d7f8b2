/** Small helpers for the benchmark's figures: percentiles, status counts and a two-column table. */

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Rows of [label, value, note?] as an aligned plain-text table. */
export function table(title: string, rows: readonly (readonly [string, string | number, string?])[]): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => String(value).length));
  const lines = rows.map(([label, value, note]) => `  ${label.padEnd(labelWidth)}  ${String(value).padStart(valueWidth)}${note ? `  ${note}` : ""}`);
  const rule = "─".repeat(Math.max(...lines.map((line) => line.length)) + 2);
  return [title, rule, ...lines, rule].join("\n");
}

/** A header row and rows of cells as an aligned plain-text grid: first column left, the rest right-aligned. */
export function grid(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("   ")}`;
  const lines = all.map(line);
  const rule = "─".repeat(Math.max(...lines.map((l) => l.length)) + 2);
  return [title, rule, lines[0]!, rule, ...lines.slice(1), rule].join("\n");
}
