import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TCoverageLevel } from "@/lib/competencies/measure-coverage";
import { CoverageHeading } from "./coverage-table";

/** The course page's short form of the map to the national standard: how much each level covers, and a link to the whole table. */
export function CoverageSummary({ levels, courseSlug, m, locale }: { levels: TCoverageLevel[]; courseSlug: string; m: TMessages; locale: TLocale }) {
  const c = m.competencies;
  return (
    <section aria-labelledby="competency-coverage" className="space-y-3" data-testid="competency-summary">
      <CoverageHeading m={m} />
      <ul className="space-y-1 text-sm text-slate-700">
        {levels.map((level) => (
          <li key={level.level}>
            {interpolate(c.levelCovered, { level: localized(locale, level, "levelName"), covered: level.covered, total: level.competencies.length })}
          </li>
        ))}
      </ul>
      <Link
        href={publicPageUrl(locale, `/courses/${courseSlug}/competencies`)}
        className="inline-block font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {c.summaryLink} →
      </Link>
    </section>
  );
}
