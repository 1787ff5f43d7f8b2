import type { TConfusionMatrix } from "@/lib/labeling/agreement/confusion-matrix";

/** A confusion matrix as a table whose cells are shaded by their share of the gold row (diagonal = agreement). */
export function ConfusionHeatmap({
  title,
  matrix,
  goldLabel,
  givenLabel,
  categoryLabel = String,
}: {
  title: string;
  matrix: TConfusionMatrix;
  goldLabel: string;
  givenLabel: string;
  categoryLabel?: (category: number | string) => string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="text-center text-xs">
        <caption className="mb-1 text-left text-sm font-semibold">
          {title}
          {matrix.accuracy !== null ? ` · ${Math.round(matrix.accuracy * 100)}%` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-normal text-slate-500">
              {goldLabel} ↓ / {givenLabel} →
            </th>
            {matrix.categories.map((category) => (
              <th key={String(category)} scope="col" className="px-2 py-1">
                {categoryLabel(category)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.counts.map((row, g) => {
            const total = row.reduce((sum, count) => sum + count, 0);
            return (
              <tr key={String(matrix.categories[g])}>
                <th scope="row" className="px-2 py-1">
                  {categoryLabel(matrix.categories[g]!)}
                </th>
                {row.map((count, l) => {
                  const share = total > 0 ? count / total : 0;
                  return (
                    <td
                      key={l}
                      className={`min-w-9 border border-white px-2 py-1 tabular-nums text-slate-950 ${g === l ? "font-bold" : ""}`}
                      style={{ backgroundColor: `rgba(${g === l ? "29,95,209" : "217,119,6"},${(share * 0.4).toFixed(2)})` }}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
