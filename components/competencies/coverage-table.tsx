import { DataTable } from "@/components/ui/data-table";
import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TCoverageLevel } from "@/lib/competencies/measure-coverage";

/** The course page's map to the national standard: per level, each skill requirement and what trains it. */
export function CoverageTable({ levels, m, locale }: { levels: TCoverageLevel[]; m: TMessages; locale: TLocale }) {
  const c = m.competencies;
  return (
    <section aria-labelledby="competency-coverage" className="space-y-4" data-testid="competency-coverage">
      <CoverageHeading m={m} />
      {levels.map((level) => (
        <DataTable
          key={level.level}
          caption={interpolate(c.levelCovered, { level: localized(locale, level, "levelName"), covered: level.covered, total: level.competencies.length })}
          captionTitle
          captionTestId={`coverage-level-${level.level}`}
          rows={level.competencies}
          rowKey={(competency) => competency.id}
          columns={[
            { key: "code", header: c.code, primary: true, className: "font-mono text-xs font-normal text-slate-600", cell: (competency) => competency.id },
            {
              key: "skill",
              header: c.skill,
              cell: (competency) => (
                <span>
                  <span className="block text-xs text-slate-500">
                    {localized(locale, competency, "functionTitle")} · {localized(locale, competency, "contentTitle")}
                  </span>
                  {localized(locale, competency, "title")}
                </span>
              ),
            },
            {
              key: "trainedBy",
              header: c.trainedBy,
              className: "text-slate-700",
              cell: (competency) => <Trainers competency={competency} m={m} locale={locale} />,
            },
          ]}
        />
      ))}
    </section>
  );
}

/** The heading and intro of the map to the national standard, on the course page's summary and above the table (`aria-labelledby="competency-coverage"`). */
export function CoverageHeading({ m }: { m: TMessages }) {
  return (
    <>
      <h2 id="competency-coverage" className="text-xl font-semibold">
        {m.competencies.coverageTitle}
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">{m.competencies.coverageIntro}</p>
    </>
  );
}

/** The lessons and exercise sets that train one skill requirement, or "not covered". */
function Trainers({ competency, m, locale }: { competency: TCoverageLevel["competencies"][number]; m: TMessages; locale: TLocale }) {
  const c = m.competencies;
  const trainers = [...competency.lessons.map((lesson) => ({ ...lesson, label: c.lesson })), ...competency.sets.map((set) => ({ ...set, label: c.set }))];
  if (trainers.length === 0) return <span className="text-slate-500">{c.notCovered}</span>;
  return (
    <ul className="space-y-0.5">
      {trainers.map((trainer) => (
        <li key={`${trainer.kind}-${trainer.id}`}>
          <span className="text-xs text-slate-500">{trainer.label}</span> {localized(locale, trainer, "title")}
        </li>
      ))}
    </ul>
  );
}
