import type { TMessages } from "@/lib/i18n/types";

/** GET form choosing a cohort and a date to preview as one of its learners. */
export function PreviewForm({ action, numbers, cohort, date, m }: { action: string; numbers: number[]; cohort?: string; date?: string; m: TMessages }) {
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 p-4" aria-label={m.preview.asLearner}>
      <div>
        <label htmlFor="preview-cohort" className="block text-sm font-medium">
          {m.preview.cohort}
        </label>
        <select id="preview-cohort" name="cohort" defaultValue={cohort ?? ""} className="rounded-lg border border-slate-300 px-3 py-2">
          <option value="">{m.preview.none}</option>
          {numbers.map((number) => (
            <option key={number} value={number}>
              {number}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="preview-date" className="block text-sm font-medium">
          {m.preview.date}
        </label>
        <input id="preview-date" name="date" type="date" defaultValue={date} className="rounded-lg border border-slate-300 px-3 py-2" />
      </div>
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white">
        {m.preview.apply}
      </button>
    </form>
  );
}
