import type { TMessages } from "@/lib/i18n/types";
import type { TItemCategory } from "@/lib/labeling/exercise-schema";
import type { TCategoryCheck } from "@/lib/qualification/measure-qualification";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);

/** Each task type's pass mark, and after an attempt the learner's mean score per type beside it. */
export function CategoryTable({ thresholds, checks, m }: { thresholds: Partial<Record<TItemCategory, number>>; checks?: TCategoryCheck[]; m: TMessages }) {
  const q = m.qualification;
  const rows = checks ?? (Object.entries(thresholds) as [TItemCategory, number][]).map(([category, threshold]) => ({ category, threshold, value: null, items: null, passed: false }));
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm" data-testid={checks ? "qualification-category-result" : "qualification-category-thresholds"}>
        <caption className="mb-2 text-left font-semibold">{checks ? q.categoryResultTitle : q.categoryThresholdsTitle}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4">{q.category}</th>
            {checks && <th scope="col" className="py-2 pr-4">{q.categoryItems}</th>}
            {checks && <th scope="col" className="py-2 pr-4">{q.yourValue}</th>}
            <th scope="col" className="py-2 pr-4">{q.threshold}</th>
            {checks && <th scope="col" className="py-2">{q.reached}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category} className="border-b border-slate-100" data-category={row.category}>
              <th scope="row" className="py-2 pr-4 font-medium">{q.categories[row.category]}</th>
              {checks && <td className="py-2 pr-4 tabular-nums">{row.items}</td>}
              {checks && <td className="py-2 pr-4 tabular-nums">{percent(row.value)}</td>}
              <td className="py-2 pr-4 tabular-nums">≥ {percent(row.threshold)}</td>
              {checks && <td className={`py-2 font-semibold ${row.passed ? "text-emerald-700" : "text-red-700"}`}>{row.passed ? "✓" : "✗"} {row.passed ? q.passed : q.failed}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
