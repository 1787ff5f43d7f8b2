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
      <h2 id="my-competencies" className="text-xl font-semibold">{c.learnerTitle}</h2>
      <p className="text-sm text-slate-600">{interpolate(c.learnerIntro, { minItems: competencyBar.minItems, accuracy: `${competencyBar.minAccuracy * 100}%` })}</p>
      <p className="font-medium" data-testid="competency-summary">{interpolate(c.summary, { met, practised, total: competencies.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">{c.code}</th>
              <th scope="col" className="py-2 pr-3">{c.skill}</th>
              <th scope="col" className="py-2 pr-3">{c.items}</th>
              <th scope="col" className="py-2 pr-3">{c.accuracy}</th>
              <th scope="col" className="py-2">{c.status}</th>
            </tr>
          </thead>
          <tbody>
            {competencies.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-100" data-competency={entry.id}>
                <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal text-slate-600">{entry.id}</th>
                <td className="py-2 pr-3">{localized(locale, entry, "title")}</td>
                <td className="py-2 pr-3 tabular-nums">{entry.items}</td>
                <td className="py-2 pr-3 tabular-nums">{percent(entry.accuracy)}</td>
                <td className={`py-2 font-medium ${entry.met ? "text-emerald-700" : entry.practised ? "text-amber-700" : "text-slate-500"}`}>
                  {entry.met ? `✓ ${c.met}` : entry.practised ? c.practised : c.notPractised}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
