import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TCoverageLevel } from "@/lib/competencies/measure-coverage";

/** The course page's map to the national standard: per level, each skill requirement and what trains it. */
export function CoverageTable({ levels, m, locale }: { levels: TCoverageLevel[]; m: TMessages; locale: TLocale }) {
  const c = m.competencies;
  return (
    <section aria-labelledby="competency-coverage" className="space-y-4" data-testid="competency-coverage">
      <h2 id="competency-coverage" className="text-xl font-semibold">{c.coverageTitle}</h2>
      <p className="max-w-3xl text-sm text-slate-600">{c.coverageIntro}</p>
      {levels.map((level) => (
        <div key={level.level} className="overflow-x-auto rounded-2xl border border-slate-200 p-4">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="mb-2 text-left font-semibold" data-testid={`coverage-level-${level.level}`}>
              {interpolate(c.levelCovered, { level: localized(locale, level, "levelName"), covered: level.covered, total: level.competencies.length })}
            </caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{c.code}</th>
                <th scope="col" className="py-2 pr-3">{c.skill}</th>
                <th scope="col" className="py-2">{c.trainedBy}</th>
              </tr>
            </thead>
            <tbody>
              {level.competencies.map((competency) => {
                const trainers = [...competency.lessons.map((lesson) => ({ ...lesson, label: c.lesson })), ...competency.sets.map((set) => ({ ...set, label: c.set }))];
                return (
                  <tr key={competency.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal text-slate-600">{competency.id}</th>
                    <td className="py-2 pr-3">
                      <span className="block text-xs text-slate-500">{localized(locale, competency, "functionTitle")} · {localized(locale, competency, "contentTitle")}</span>
                      {localized(locale, competency, "title")}
                    </td>
                    <td className="py-2 text-slate-700">
                      {trainers.length === 0 ? (
                        <span className="text-slate-500">{c.notCovered}</span>
                      ) : (
                        <ul className="space-y-0.5">
                          {trainers.map((trainer) => (
                            <li key={`${trainer.kind}-${trainer.id}`}>
                              <span className="text-xs text-slate-500">{trainer.label}</span> {localized(locale, trainer, "title")}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
