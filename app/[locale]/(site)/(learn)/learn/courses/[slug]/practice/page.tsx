import type { Metadata } from "next";
import Link from "next/link";
import { readGuidelineTitle } from "@/lib/content/guidelines";
import { ProgressBar } from "@/components/lessons/progress-bar";
import { PageHeading } from "@/components/ui/page-heading";
import { buttonClass } from "@/components/ui/button-styles";
import { requireUser } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { assertExerciseAccess } from "@/lib/access/exercise-access";
import { readPracticeProgress } from "@/lib/labeling/read-practice";
import { readRuleChange } from "@/lib/content/read-rule-change";
import type { TAggregateMetrics } from "@/lib/labeling/metrics/aggregate-metrics";
import type { TMessages } from "@/lib/i18n/types";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.labeling.practice };
}

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** The learner's metrics by task type for one set; lines without data are left out. */
function MetricsSummary({ metrics, m }: { metrics: TAggregateMetrics; m: TMessages }) {
  const l = m.labeling;
  const lines = [
    metrics.rubric.pairs > 0 && interpolate(l.metricScores, { exact: percent(metrics.rubric.exactRate), within: percent(metrics.rubric.withinToleranceRate) }),
    metrics.flags.overall.tp + metrics.flags.overall.fp + metrics.flags.overall.fn > 0 &&
      interpolate(l.metricFlags, { precision: percent(metrics.flags.overall.precision), recall: percent(metrics.flags.overall.recall) }),
    metrics.preference.pairs > 0 &&
      interpolate(l.metricPreference, {
        direction: percent(metrics.preference.directionAgreementRate),
        error: metrics.preference.meanAbsoluteStrengthError?.toFixed(2) ?? "—",
      }),
    metrics.ranking.pairs > 0 && interpolate(l.metricRanking, { tau: metrics.ranking.meanTau?.toFixed(2) ?? "—" }),
    metrics.verdict.pairs > 0 && interpolate(l.metricVerdict, { accuracy: percent(metrics.verdict.accuracy) }),
  ].filter((line): line is string => Boolean(line));
  return (
    <details className="text-sm text-slate-700" data-testid="set-metrics">
      <summary className="cursor-pointer font-medium">{l.metrics}</summary>
      <ul className="mt-1 list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** Every exercise set of the course with the learner's completion, mean score and mistakes to review. */
export default async function PracticePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/courses/${slug}/practice`), getMessages()]);
  const allowed = await assertExerciseAccess(user, slug).then(
    () => true,
    (error: unknown) => {
      if (isAppError(error)) return false;
      throw error;
    },
  );
  const l = m.labeling;
  if (!allowed) {
    return (
      <>
        <PageHeading title={l.practice} />
        <p className="text-slate-700">{l.notEnrolled}</p>
        <Link href={`/courses/${slug}`} className={buttonClass("primary", "mt-4")}>
          {m.lessons.seeCohorts}
        </Link>
      </>
    );
  }
  const progress = await readPracticeProgress(user.id, slug);
  const ruleChanges = await Promise.all(progress.map(({ set }) => readRuleChange(user.id, slug, set)));
  const guidelineTitles = new Map(
    await Promise.all([...new Set(progress.map(({ set }) => set.guideline))].map(async (id) => [id, await readGuidelineTitle(slug, id)] as const)),
  );
  return (
    <>
      <PageHeading title={l.practice}>
        <p>{l.practiceIntro}</p>
      </PageHeading>
      {progress.length === 0 && <p className="text-slate-600">{l.noSets}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {progress.map(({ set, done, total, meanScore, toReview, metrics }, position) => (
          <li key={set.id} className="space-y-3 rounded-2xl border border-slate-200 p-5" data-testid="exercise-set" data-set-id={set.id}>
            <h2 className="text-lg font-semibold">{localized(locale, set, "title")}</h2>
            <p className="text-xs text-slate-500" data-testid="set-kind">
              {l.setKind[set.kind]} ·{" "}
              {interpolate(l.guidelineVersion, {
                title: (locale === "zh" ? guidelineTitles.get(set.guideline)?.title : guidelineTitles.get(set.guideline)?.titleEn) ?? set.guideline,
                version: set.guidelineVersion,
              })}
            </p>
            {ruleChanges[position] && (
              <p className="rounded-lg bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="set-rule-change">
                {interpolate(l.practiceRuleChanged, { version: set.guidelineVersion })}
                {ruleChanges[position].affected.length > 0 && ` · ${interpolate(l.practiceAffected, { count: ruleChanges[position].affected.length })}`}
              </p>
            )}
            <ProgressBar done={done} total={total} label={localized(locale, set, "title")} detail={interpolate(l.setProgress, { done, total })} />
            {meanScore !== null && <p className="text-sm text-slate-700">{interpolate(l.meanScore, { score: `${Math.round(meanScore * 100)}%` })}</p>}
            {done > 0 && <MetricsSummary metrics={metrics} m={m} />}
            <div className="flex flex-wrap gap-3">
              <Link className={buttonClass("primary")} href={`/learn/courses/${slug}/practice/${set.id}?item=${Math.min(total, done + 1)}`}>
                {done === 0 ? l.start : l.continue}
              </Link>
              {toReview.length > 0 && (
                <Link className={buttonClass("secondary")} href={`/learn/courses/${slug}/practice/${set.id}?review=1`}>
                  {l.review} ({toReview.length})
                </Link>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
