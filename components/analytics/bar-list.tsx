/**
 * A horizontal bar chart of values on a fixed range (e.g. 0…1 or −1…1), one labelled bar per row.
 * The figure has a text summary for screen readers; the numbers are also printed beside the bars.
 */
export function BarList({
  rows,
  min = 0,
  max = 1,
  summary,
  format = (value) => value.toFixed(2),
  highlight,
}: {
  rows: readonly { label: string; value: number | null; note?: string }[];
  min?: number;
  max?: number;
  summary: string;
  format?: (value: number) => string;
  highlight?: (value: number) => boolean;
}) {
  const span = max - min;
  const zero = ((Math.max(min, Math.min(max, 0)) - min) / span) * 100;
  return (
    <figure role="img" aria-label={summary} className="space-y-1">
      {rows.map((row) => {
        const value = row.value;
        const at = value === null ? zero : ((Math.max(min, Math.min(max, value)) - min) / span) * 100;
        const left = Math.min(zero, at);
        const width = Math.abs(at - zero);
        return (
          <div
            key={row.label}
            className="grid grid-cols-[7rem_1fr_4rem] items-center gap-2 text-sm"
            aria-hidden
            data-testid="bar-row"
            data-value={value ?? undefined}
          >
            <span className="truncate" title={row.label}>
              {row.label}
            </span>
            <span className="relative h-4 rounded bg-slate-100">
              {min < 0 && <span className="absolute inset-y-0 w-px bg-slate-400" style={{ left: `${zero}%` }} />}
              {value !== null && (
                <span
                  className={`absolute inset-y-0 rounded ${highlight?.(value) ? "bg-amber-500" : "bg-brand-600"}`}
                  style={{ left: `${left}%`, width: `${Math.max(width, 0.5)}%` }}
                />
              )}
            </span>
            <span className="text-right tabular-nums">
              {value === null ? "—" : format(value)}
              {row.note ? ` ${row.note}` : ""}
            </span>
          </div>
        );
      })}
    </figure>
  );
}
