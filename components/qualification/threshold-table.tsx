import { DataTable } from "@/components/ui/data-table";
import type { TMessages } from "@/lib/i18n/types";
import type { TItemCategory, TQualificationMetricId } from "@/lib/labeling/exercise-schema";
import type { TCategoryCheck, TThresholdCheck } from "@/lib/qualification/measure-qualification";

/** One bar of the exam: what is measured, the pass mark and, after an attempt, the learner's value. */
export type TThresholdRow = { key: string; label: string; items?: number; value: number | null; threshold: number; passed: boolean };

type TTable = { caption: string; testId: string; labelHeader: string; rows: TThresholdRow[]; result: boolean; withItems: boolean };

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);

/** The exam's bars per metric (总得分率 …): before an attempt the thresholds, after it the learner's value beside each. */
export function metricThresholds(thresholds: Partial<Record<TQualificationMetricId, number>>, checks: TThresholdCheck[] | undefined, m: TMessages): TTable {
  const q = m.qualification;
  const rows =
    checks ??
    (Object.entries(thresholds) as [TQualificationMetricId, number][]).map(([metric, threshold]) => ({ metric, threshold, value: null, passed: false }));
  return {
    caption: checks ? q.resultTitle : q.thresholdsTitle,
    testId: checks ? "qualification-result-table" : "qualification-thresholds",
    labelHeader: q.metric,
    rows: rows.map((row) => ({ key: row.metric, label: q.metrics[row.metric], value: row.value, threshold: row.threshold, passed: row.passed })),
    result: checks !== undefined,
    withItems: false,
  };
}

/** The exam's bars per task type: before an attempt the pass marks, after it the learner's mean score and item count beside each. */
export function categoryThresholds(thresholds: Partial<Record<TItemCategory, number>>, checks: TCategoryCheck[] | undefined, m: TMessages): TTable {
  const q = m.qualification;
  const rows =
    checks ??
    (Object.entries(thresholds) as [TItemCategory, number][]).map(([category, threshold]) => ({
      category,
      threshold,
      value: null,
      items: undefined,
      passed: false,
    }));
  return {
    caption: checks ? q.categoryResultTitle : q.categoryThresholdsTitle,
    testId: checks ? "qualification-category-result" : "qualification-category-thresholds",
    labelHeader: q.category,
    rows: rows.map((row) => ({
      key: row.category,
      label: q.categories[row.category],
      items: row.items,
      value: row.value,
      threshold: row.threshold,
      passed: row.passed,
    })),
    result: checks !== undefined,
    withItems: checks !== undefined,
  };
}

/** One table for every bar of the exam (per metric or per task type); nothing when there are no bars. */
export function ThresholdTable({ table, m }: { table: TTable; m: TMessages }) {
  const q = m.qualification;
  if (table.rows.length === 0) return null;
  return (
    <DataTable
      caption={table.caption}
      captionTitle
      testId={table.testId}
      minWidth="24rem"
      rows={table.rows}
      rowKey={(row) => row.key}
      rowData={(row) => ({ "data-key": row.key })}
      columns={[
        { key: "label", header: table.labelHeader, primary: true, cell: (row) => row.label },
        table.withItems && { key: "items", header: q.categoryItems, numeric: true, cell: (row) => row.items },
        table.result && { key: "value", header: q.yourValue, numeric: true, cell: (row) => percent(row.value) },
        { key: "threshold", header: q.threshold, numeric: true, cell: (row) => `≥ ${percent(row.threshold)}` },
        table.result && {
          key: "reached",
          header: q.reached,
          cell: (row) => (
            <span className={`font-semibold ${row.passed ? "text-emerald-700" : "text-red-700"}`}>
              {row.passed ? "✓" : "✗"} {row.passed ? q.passed : q.failed}
            </span>
          ),
        },
      ]}
    />
  );
}
