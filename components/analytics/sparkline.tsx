/** A small line chart of values in 0…1 over time (one point per period), with the last value labelled. */
export function Sparkline({ points, label }: { points: readonly { x: string; y: number }[]; label: string }) {
  const width = 160;
  const height = 40;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const coordinates = points.map((point, i) => `${(i * step).toFixed(1)},${(height - point.y * height).toFixed(1)}`);
  const last = points.at(-1);
  return (
    <figure role="img" aria-label={label} className="flex items-center gap-3">
      <svg width={width} height={height} viewBox={`-4 -4 ${width + 8} ${height + 8}`} className="overflow-visible" aria-hidden>
        <line x1={0} x2={width} y1={height} y2={height} className="stroke-slate-200" />
        <line x1={0} x2={width} y1={0} y2={0} className="stroke-slate-100" />
        {points.length > 1 && <polyline points={coordinates.join(" ")} fill="none" className="stroke-brand-600" strokeWidth={2} />}
        {points.map((point, i) => (
          <circle key={point.x} cx={i * step} cy={height - point.y * height} r={3} className="fill-brand-600" />
        ))}
      </svg>
      {last && (
        <span className="text-sm tabular-nums" aria-hidden>
          {Math.round(last.y * 100)}%
        </span>
      )}
    </figure>
  );
}
