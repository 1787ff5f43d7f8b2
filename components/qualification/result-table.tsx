import type { TMessages } from "@/lib/i18n/types";
import type { TQualificationMetricId } from "@/lib/labeling/exercise-schema";
import type { TThresholdCheck } from "@/lib/qualification/measure-qualification";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);

/** Thresholds, and after an attempt the learner's value per metric next to each bar. */
export function ResultTable({ thresholds, checks, m }: { thresholds: Partial<Record<TQualificationMetricId, number>>; checks?: TThresholdCheck[]; m: TMessages }) {
  const q = m.qualification;
  const rows = checks ?? (Object.entries(thresholds) as [TQualificationMetricId, number][]).map(([metric, threshold]) => ({ metric, threshold, value: null, passed: false }));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm" data-testid={checks ? "qualification-result-table" : "qualification-thresholds"}>
        <caption className="mb-2 text-left font-semibold">{checks ? q.resultTitle : q.thresholdsTitle}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4">{q.metric}</th>
            {checks && <th scope="col" className="py-2 pr-4">{q.yourValue}</th>}
            <th scope="col" className="py-2 pr-4">{q.threshold}</th>
            {checks && <th scope="col" className="py-2">{q.reached}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.metric} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-4 font-medium">{q.metrics[row.metric]}</th>
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
