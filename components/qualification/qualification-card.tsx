import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TQualificationSummary } from "@/lib/qualification/read-qualification-summaries";
import { localized } from "@/lib/i18n/localized";
import { publicPageUrl } from "@/lib/i18n/public-page-url";

/** The learner's qualification results and certificate links on the dashboard ("我的学习"). */
export function QualificationCard({ summaries, m, locale }: { summaries: TQualificationSummary[]; m: TMessages; locale: TLocale }) {
  if (summaries.length === 0) return null;
  const q = m.qualification;
  return (
    <section aria-labelledby="qualification-title" className="mb-10" data-testid="qualification-card">
      <h2 id="qualification-title" className="mb-4 text-xl font-semibold">
        {q.dashboardTitle}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {summaries.map((summary) => (
          <li key={summary.courseSlug} className="space-y-2 rounded-2xl border border-slate-200 p-5">
            <h3 className="font-bold">{localized(locale, summary, "courseTitle")}</h3>
            <p>
              {summary.passedAt
                ? interpolate(q.passedOn, { date: formatDate(summary.passedAt, locale) })
                : summary.running
                  ? q.dashboardRunning
                  : summary.lastPassed === false
                    ? `${q.resultTitle}: ${q.failed}`
                    : ""}
            </p>
            <div className="flex flex-wrap gap-4 text-sm">
              {summary.certificateCode && (
                <Link className="font-semibold text-brand-700 underline" href={publicPageUrl(locale, `/certificates/${summary.certificateCode}`)}>
                  {q.certificateLink}
                </Link>
              )}
              <Link className="text-brand-700 underline" href={`/learn/courses/${summary.courseSlug}/qualification`}>
                {q.dashboardOpen}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
