import type { Metadata } from "next";
import Link from "next/link";
import { releaseHoldAction } from "@/lib/enrollment/actions";
import { startCheckoutAction } from "@/lib/orders/actions";
import { ActionButton } from "@/components/forms/action-button";
import { methodLabel } from "@/components/orders/order-labels";
import { MyCoachCard } from "@/components/coaching/my-coach-card";
import { QualificationCard } from "@/components/qualification/qualification-card";
import { CompletedCohorts } from "@/components/learn/completed-cohorts";
import { EnrollmentCard } from "@/components/learn/enrollment-card";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { readMyCoach } from "@/lib/coaching/read-my-coach";
import { readLearnerDashboard } from "@/lib/enrollment/read-learner-dashboard";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";
import { readQualificationSummaries } from "@/lib/qualification/read-qualification-summaries";
import { readMethodAvailability } from "@/lib/stripe/read-method-availability";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.learn.title };
}

export default async function LearnerDashboardPage({ searchParams }: { searchParams: Promise<{ enrolled?: string }> }) {
  const [user, { m, locale }, query] = await Promise.all([requireUser("/learn"), getMessages(), searchParams]);
  const dashboard = await readLearnerDashboard(user.id);
  const availability = dashboard.holds.length > 0 ? await readMethodAvailability() : { offered: [], missing: [] };
  const myCoach = await readMyCoach(user.id);
  const qualifications = await readQualificationSummaries(user);
  const courseSlugs = [...new Set(dashboard.enrollments.map((enrollment) => enrollment.cohort.course.slug))];
  const progressByCourse = new Map(await Promise.all(courseSlugs.map(async (slug) => [slug, await readCourseProgress(user, slug)] as const)));
  const nothing =
    dashboard.enrollments.length + dashboard.holds.length + dashboard.groupPlaces.length + dashboard.waitlist.length + dashboard.completed.length === 0 &&
    !myCoach;
  const cohortTitle = (cohort: { number: number; campus: { nameZh: string; nameEn: string } }) =>
    `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${localized(locale, cohort.campus, "name")}`;
  return (
    <>
      <PageHeading title={m.learn.title}>
        <p>{interpolate(m.learn.welcome, { name: user.name })}</p>
      </PageHeading>
      {/* Back from a confirmed payment: say it worked, in the words a learner expects. */}
      {query.enrolled === "1" && dashboard.enrollments.length > 0 && (
        <p role="status" className="mb-6 rounded-2xl border border-green-200 bg-green-50 p-4 font-semibold text-green-900" data-testid="enrolled-banner">
          {m.orders.enrolledBanner}
        </p>
      )}
      {nothing && (
        <div className="rounded-2xl border border-dashed border-slate-300 p-8 text-center">
          <p className="text-slate-600">{m.learn.empty}</p>
          <Link href={publicPageUrl(locale, "/courses")} className={buttonClass("primary", "mt-4")}>
            {m.learn.browse}
          </Link>
        </div>
      )}
      {dashboard.holds.length > 0 && (
        <section id="holds" aria-labelledby="holds-title" className="mb-10">
          <h2 id="holds-title" className="mb-4 text-xl font-semibold">
            {m.dashboard.myHolds}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {dashboard.holds.map((hold) => (
              <li key={hold.id} className="space-y-3 rounded-2xl border border-amber-200 bg-amber-50 p-5" data-testid="seat-hold">
                <h3 className="text-lg font-bold">{cohortTitle(hold.cohort)}</h3>
                <p className="text-slate-700">{formatMoney(hold.cohort.listPriceFen, locale)}</p>
                <p className="font-medium text-amber-900">{interpolate(m.dashboard.holdExpires, { time: formatDateTime(hold.expiresAt, locale) })}</p>
                {availability.missing.length > 0 && (
                  <p className="text-sm text-slate-700" data-testid="payment-methods">
                    {interpolate(m.orders.methodsOffered, {
                      offered: availability.offered.map((method) => methodLabel(method, m)).join("、"),
                      missing: availability.missing.map((method) => methodLabel(method, m)).join("、"),
                    })}
                  </p>
                )}
                <div className="flex flex-wrap gap-3">
                  <ActionButton
                    action={startCheckoutAction}
                    hidden={{ holdId: hold.id }}
                    label={interpolate(m.orders.pay, { amount: formatMoney(hold.cohort.listPriceFen, locale) })}
                    pendingLabel={m.auth.working}
                  />
                  <ActionButton
                    action={releaseHoldAction}
                    hidden={{ holdId: hold.id }}
                    label={m.dashboard.release}
                    pendingLabel={m.auth.working}
                    variant="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dashboard.groupPlaces.length > 0 && (
        <section aria-labelledby="groups-title" className="mb-10">
          <h2 id="groups-title" className="mb-4 text-xl font-semibold">
            {m.groupBuy.myGroups}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {dashboard.groupPlaces.map((place) => (
              <li key={place.id} className="space-y-2 rounded-2xl border border-brand-100 bg-brand-50 p-5" data-testid="group-place">
                <h3 className="text-lg font-bold">{cohortTitle(place.group.cohort)}</h3>
                <p className="text-slate-700">
                  {formatMoney(place.group.priceFen, locale)} · {m.groupBuy.groupStatuses[place.group.status]} · {m.groupBuy.memberStatuses[place.status]}
                </p>
                <p className="text-sm text-slate-600">{interpolate(m.groupBuy.closesAt, { deadline: formatDateTime(place.group.deadline, locale) })}</p>
                <Link href={`/groups/${place.group.code}`} className={buttonClass("primary")}>
                  {m.groupBuy.viewGroup}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {myCoach && <MyCoachCard myCoach={myCoach} m={m} locale={locale} />}
      <QualificationCard summaries={qualifications} m={m} locale={locale} />
      {dashboard.enrollments.length > 0 && (
        <section aria-labelledby="cohorts-title" className="mb-10">
          <h2 id="cohorts-title" className="mb-4 text-xl font-semibold">
            {m.dashboard.myCohorts}
          </h2>
          <div className="grid gap-6">
            {dashboard.enrollments.map((enrollment) => (
              <EnrollmentCard
                key={enrollment.id}
                enrollment={enrollment}
                progress={progressByCourse.get(enrollment.cohort.course.slug) ?? null}
                m={m}
                locale={locale}
              />
            ))}
          </div>
        </section>
      )}
      <CompletedCohorts completed={dashboard.completed} m={m} locale={locale} />
      {dashboard.waitlist.length > 0 && (
        <section aria-labelledby="waitlist-title">
          <h2 id="waitlist-title" className="mb-4 text-xl font-semibold">
            {m.dashboard.myWaitlist}
          </h2>
          <ul className="space-y-2">
            {dashboard.waitlist.map((entry) => (
              <li key={entry.cohortId} className="rounded-xl border border-slate-200 p-4">
                <Link
                  className="font-semibold text-brand-700 underline"
                  href={publicPageUrl(locale, `/courses/${entry.cohort.course.slug}/${entry.cohort.number}`)}
                >
                  {cohortTitle(entry.cohort)}
                </Link>
                <span className="ml-3 text-slate-600">{interpolate(m.dashboard.waitPosition, { position: entry.position })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
