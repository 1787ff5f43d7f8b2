import { DataTable } from "@/components/ui/data-table";
import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { competencyBar, type TLearnerCompetency } from "@/lib/competencies/measure-learner-competencies";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** A learner's practised / met status per skill requirement of the standard, with the bar stated. */
export function LearnerCompetencies({ competencies, m, locale }: { competencies: TLearnerCompetency[]; m: TMessages; locale: TLocale }) {
  if (competencies.length === 0) return null;
  const c = m.competencies;
  const met = competencies.filter((entry) => entry.met).length;
  const practised = competencies.filter((entry) => entry.practised).length;
  return (
    <section aria-labelledby="my-competencies" className="space-y-3" data-testid="learner-competencies">
      <h2 id="my-competencies" className="text-xl font-semibold">
        {c.learnerTitle}
      </h2>
      <p className="text-sm text-slate-600">
        {interpolate(c.learnerIntro, { minItems: competencyBar.minItems, accuracy: `${competencyBar.minAccuracy * 100}%` })}
      </p>
      <p className="font-medium" data-testid="competency-summary">
        {interpolate(c.summary, { met, practised, total: competencies.length })}
      </p>
      <DataTable
        caption={c.learnerTitle}
        captionHidden
        minWidth="32rem"
        rows={competencies}
        rowKey={(entry) => entry.id}
        rowData={(entry) => ({ "data-competency": entry.id })}
        columns={[
          { key: "code", header: c.code, primary: true, className: "font-mono text-xs font-normal text-slate-600", cell: (entry) => entry.id },
          { key: "skill", header: c.skill, cell: (entry) => localized(locale, entry, "title") },
          { key: "items", header: c.items, numeric: true, cell: (entry) => entry.items },
          { key: "accuracy", header: c.accuracy, numeric: true, cell: (entry) => percent(entry.accuracy) },
          {
            key: "status",
            header: c.status,
            cell: (entry) => (
              <span className={`font-medium ${entry.met ? "text-emerald-700" : entry.practised ? "text-amber-700" : "text-slate-500"}`}>
                {entry.met ? `✓ ${c.met}` : entry.practised ? c.practised : c.notPractised}
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}
