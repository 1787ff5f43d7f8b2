import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { startQualificationAction } from "@/lib/qualification/actions";
import { ActionButton } from "@/components/forms/action-button";
import { AttemptRunner } from "@/components/qualification/attempt-runner";
import { categoryThresholds, metricThresholds, ThresholdTable } from "@/components/qualification/threshold-table";
import { ReviewMarkdown } from "@/components/reviews/review-markdown";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { retakeCooldownMinutes } from "@/lib/qualification/qualification-rules";
import { readQualification } from "@/lib/qualification/read-qualification";
import { orPageError } from "@/lib/actions/or-page-error";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.qualification.title };
}

/** The timed qualification test: rules and start, the running attempt, then the result and the certificate link. */
export default async function QualificationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/courses/${slug}/qualification`), getMessages()]);
  const zh = locale === "zh";
  const now = new Date();
  const page = await orPageError(readQualification(user, slug, now));
  if (!page) notFound();
  const q = m.qualification;
  const { eligibility, running, lastFinished } = page;
  const canStart = eligibility.open && !page.passedAt && !running && !page.retakeAt;
  return (
    <>
      <PageHeading title={q.title}>
        <p>{localized(locale, page.set, "title")}</p>
      </PageHeading>
      {running ? (
        <AttemptRunner
          courseSlug={slug}
          attemptId={running.id}
          deadline={running.deadline.toISOString()}
          serverNow={now.toISOString()}
          items={running.items}
          saved={running.saved}
          m={m}
          locale={locale}
        />
      ) : (
        <div className="space-y-8">
          {lastFinished && (
            <section aria-labelledby="result-title" className="space-y-4 rounded-2xl border border-slate-200 p-5" data-testid="qualification-result">
              <h2 id="result-title" className="text-xl font-semibold">
                {q.resultTitle}:{" "}
                <span className={lastFinished.passed ? "text-emerald-700" : "text-red-700"} data-testid="qualification-verdict">
                  {lastFinished.passed ? q.passed : q.failed}
                </span>
              </h2>
              <p className="text-sm text-slate-600">
                {interpolate(q.answered, { answered: lastFinished.result.answered, items: lastFinished.result.items })} ·{" "}
                {interpolate(q.finishedAt, { time: formatDateTime(lastFinished.submittedAt, locale) })}
              </p>
              <ThresholdTable table={metricThresholds(page.set.thresholds, lastFinished.result.checks, m)} m={m} />
              {lastFinished.result.categoryChecks && (
                <ThresholdTable table={categoryThresholds(page.set.categoryThresholds, lastFinished.result.categoryChecks, m)} m={m} />
              )}
            </section>
          )}
          {page.passedAt && (
            <section aria-labelledby="certificate-title" className="space-y-3 rounded-2xl bg-emerald-50 p-5">
              <h2 id="certificate-title" className="text-xl font-semibold">
                {q.certificateTitle}
              </h2>
              <p>{interpolate(q.passedOn, { date: formatDate(page.passedAt, locale) })}</p>
              {page.certificate ? (
                <>
                  <p>{q.certificateReady}</p>
                  <Link href={`/certificates/${page.certificate.code}`} className={buttonClass("primary")}>
                    {q.certificateLink}
                  </Link>
                </>
              ) : (
                <p>{q.certificatePending}</p>
              )}
            </section>
          )}
          {!page.passedAt && (
            <section aria-labelledby="rules-title" className="space-y-4 rounded-2xl border border-slate-200 p-5">
              <h2 id="rules-title" className="text-xl font-semibold">
                {q.rulesTitle}
              </h2>
              <p className="text-slate-700">{q.intro}</p>
              {/* The set's own instructions state the time, items and saving rules (Markdown, rendered);
                  the generic list stands in only when a set has none. The retake rule is the school's. */}
              {(zh ? page.set.instructions : page.set.instructionsEn).trim() ? (
                <ReviewMarkdown text={zh ? page.set.instructions : page.set.instructionsEn} author="course" className="text-slate-700" />
              ) : (
                <ul className="list-disc space-y-1 pl-5 text-slate-700">
                  <li>{interpolate(q.timeLimit, { minutes: page.set.timeLimitMinutes })}</li>
                  <li>{interpolate(q.items, { count: page.set.items })}</li>
                  <li>{q.noFeedback}</li>
                </ul>
              )}
              <p className="text-slate-700" data-testid="qualification-retake-rule">
                {interpolate(q.retakeRule, { minutes: retakeCooldownMinutes })}
              </p>
              <ThresholdTable table={metricThresholds(page.set.thresholds, undefined, m)} m={m} />
              {Object.keys(page.set.categoryThresholds).length > 0 && (
                <>
                  <ThresholdTable table={categoryThresholds(page.set.categoryThresholds, undefined, m)} m={m} />
                  <p className="text-sm text-slate-600">{q.categoryRule}</p>
                </>
              )}
              {!eligibility.open && (
                <p className="rounded-lg bg-amber-50 p-3 text-amber-900" role="status">
                  {eligibility.opensAt
                    ? interpolate(q.notOpen, { session: eligibility.openingSession, date: formatDate(eligibility.opensAt, locale) })
                    : interpolate(q.notOpenNoDate, { session: eligibility.openingSession })}
                </p>
              )}
              {page.retakeAt && (
                <p className="rounded-lg bg-amber-50 p-3 text-amber-900" role="status">
                  {interpolate(q.retakeAt, { time: formatDateTime(page.retakeAt, locale) })}
                </p>
              )}
              {canStart && (
                <ActionButton
                  action={startQualificationAction}
                  hidden={{ courseSlug: slug }}
                  label={lastFinished ? q.retake : q.start}
                  pendingLabel={q.starting}
                />
              )}
            </section>
          )}
        </div>
      )}
    </>
  );
}
