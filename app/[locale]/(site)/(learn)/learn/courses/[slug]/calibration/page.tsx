import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarList } from "@/components/analytics/bar-list";
import { Sparkline } from "@/components/analytics/sparkline";
import { LearnerCompetencies } from "@/components/competencies/learner-competencies";
import { PageHeading } from "@/components/ui/page-heading";
import { readCalibration } from "@/lib/analytics/read-calibration";
import { requireUser } from "@/lib/auth/guards";
import { readLearnerCompetencies } from "@/lib/competencies/read-learner-competencies";
import { loadCourseContent } from "@/lib/content/load-course";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

/** Landis and Koch's bands, in words a learner reads: below 0.4, 0.4–0.6, 0.6–0.8, 0.8 and above. */
function kappaLevel(kappa: number): "low" | "moderate" | "good" | "high" {
  return kappa < 0.4 ? "low" : kappa < 0.6 ? "moderate" : kappa < 0.8 ? "good" : "high";
}

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.analytics.calibrationTitle };
}

/** The learner's calibration against the experts' gold: accuracy over time, bias per dimension, items to revisit. */
export default async function CalibrationPage({ params }: TProps) {
  const { slug } = await params;
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/courses/${slug}/calibration`), getMessages()]);
  const zh = locale === "zh";
  if (!(await loadCourseContent(slug))) notFound();
  const [calibration, competencies] = await Promise.all([readCalibration(user.id, slug), readLearnerCompetencies(user.id, slug)]);
  const a = m.analytics;
  const name = (d: { label: string; labelEn: string }) => localized(locale, d, "label");
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  return (
    <>
      <PageHeading title={a.calibrationTitle}>
        <p>{a.calibrationIntro}</p>
      </PageHeading>
      <div className="mb-10">
        <LearnerCompetencies competencies={competencies} m={m} locale={locale} />
      </div>
      {calibration.answers === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{a.calibrationEmpty}</p>
      ) : (
        <div className="space-y-10" data-testid="calibration">
          <div className="space-y-1">
            <p className="text-lg font-semibold" data-testid="kappa-with-gold">
              {interpolate(a.agreementWithGold, { kappa: calibration.kappaWithGold === null ? a.undefined : calibration.kappaWithGold.toFixed(2) })}
              {calibration.kappaWithGold !== null && (
                <span className="ml-2 text-base font-normal text-slate-700">（{a.kappaLevel[kappaLevel(calibration.kappaWithGold)]}）</span>
              )}
            </p>
            <p className="max-w-3xl text-sm text-slate-600" data-testid="kappa-explain">
              {a.kappaExplain}
            </p>
          </div>
          <section aria-labelledby="accuracy-title" className="space-y-3">
            <h2 id="accuracy-title" className="text-xl font-semibold">
              {a.accuracyTitle}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2">
              {calibration.dimensions.map((dimension) => (
                <li key={dimension.id} className="rounded-2xl border border-slate-200 p-4">
                  <p className="mb-2 font-medium">
                    {name(dimension)} <span className="text-sm font-normal text-slate-500">{interpolate(a.answers, { count: dimension.count })}</span>
                  </p>
                  {dimension.weekly.length > 1 ? (
                    <Sparkline
                      points={dimension.weekly.map((week) => ({ x: week.week, y: week.accuracy }))}
                      label={`${name(dimension)}: ${dimension.weekly.map((week) => `${interpolate(a.week, { date: week.week })} ${percent(week.accuracy)}`).join("; ")}`}
                    />
                  ) : (
                    // One week is a number, not a trend: say it, and that the chart comes with more weeks.
                    <p className="text-sm text-slate-700" data-testid="one-week">
                      {interpolate(a.oneWeekOnly, { date: dimension.weekly[0]?.week ?? "", accuracy: percent(dimension.weekly[0]?.accuracy ?? 0) })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="bias-title" className="space-y-3">
            <h2 id="bias-title" className="text-xl font-semibold">
              {a.biasTitle}
            </h2>
            <p className="text-sm text-slate-600">{a.biasHint}</p>
            <BarList
              min={-2}
              max={2}
              summary={interpolate(a.biasSummary, {
                values: calibration.dimensions.map((d) => `${name(d)} ${d.bias >= 0 ? "+" : ""}${d.bias.toFixed(2)}`).join("，"),
              })}
              format={(value) => `${value >= 0 ? "+" : ""}${value.toFixed(2)}`}
              highlight={(value) => Math.abs(value) >= 0.5}
              rows={calibration.dimensions.map((d) => ({ label: name(d), value: d.bias }))}
            />
          </section>
          <section aria-labelledby="revisit-title" className="space-y-3">
            <h2 id="revisit-title" className="text-xl font-semibold">
              {a.revisitTitle}
            </h2>
            {calibration.revisit.length === 0 ? (
              <p className="text-green-800">{a.revisitEmpty}</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200" data-testid="revisit">
                {calibration.revisit.slice(0, 20).map((entry) => (
                  <li key={`${entry.setId}/${entry.itemId}`} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                    <span>
                      {zh ? entry.setTitle : entry.setTitleEn} · {interpolate(m.labeling.itemNumber, { index: entry.position })} · {percent(entry.score)}
                    </span>
                    <Link className="text-brand-700 underline" href={`/learn/courses/${slug}/practice/${entry.setId}?item=${entry.position}`}>
                      {a.revisit}
                      <span className="sr-only">
                        {" "}
                        {zh ? entry.setTitle : entry.setTitleEn} {interpolate(m.labeling.itemNumber, { index: entry.position })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
