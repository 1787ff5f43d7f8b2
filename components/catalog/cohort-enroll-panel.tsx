import Link from "next/link";
import { holdSeatAction, joinWaitlistAction, leaveWaitlistAction } from "@/lib/enrollment/actions";
import { ActionButton } from "@/components/forms/action-button";
import { VerifyEmailNotice } from "@/components/catalog/verify-email-notice";
import { buttonClass } from "@/components/ui/button-styles";
import type { TCohortPage, TViewerState } from "@/lib/catalog/read-cohort-page";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/**
 * What the viewer can do with the cohort at the standard price: enroll, join or leave the
 * waitlist (a visitor of a full cohort signs in and is put on it), pay a hold, or see their class.
 * `unverifiedEmail`: the signed-in learner's address when it is not verified yet (no seat until it is).
 */
export function CohortEnrollPanel({
  cohort,
  viewer,
  path,
  joinWaitlist,
  m,
  locale,
  holdMinutes,
  unverifiedEmail,
}: {
  cohort: TCohortPage;
  viewer: TViewerState;
  path: string;
  joinWaitlist: boolean;
  m: TMessages;
  locale: TLocale;
  holdMinutes: number;
  unverifiedEmail: string | null;
}) {
  const hidden = { cohortId: cohort.id };
  const full = cohort.seatsLeft === 0 || cohort.waitlistLength > 0;
  if (viewer.kind === "enrolled")
    return (
      <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
        {interpolate(m.cohort.enrolled, { className: interpolate(m.catalog.className, { code: viewer.className }) })}
      </p>
    );
  if (viewer.kind === "inGroup") {
    return (
      <Link href={`/groups/${viewer.code}`} className={buttonClass("primary")}>
        {m.groupBuy.viewGroup}
      </Link>
    );
  }
  if (viewer.kind === "holding") {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {interpolate(m.cohort.holding, { time: formatDateTime(viewer.expiresAt, locale) })}
        </p>
        <Link href="/learn" className={buttonClass("primary")}>
          {m.cohort.goPay}
        </Link>
      </div>
    );
  }
  if (!cohort.enrollmentOpen) return <p className="rounded-lg bg-slate-100 p-3 text-slate-700">{m.cohort.closedNotice}</p>;
  if (viewer.kind === "anonymous") {
    // A full cohort: sign in, come back with ?join=waitlist, and the waitlist form submits itself.
    const next = full ? `${path}?join=waitlist` : path;
    return (
      <div className="space-y-3">
        {full && <p className="text-slate-700">{m.cohort.fullNotice}</p>}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={buttonClass("primary")}>
          {full ? m.cohort.signInToWaitlist : interpolate(m.cohort.signInToEnrollAt, { price: formatMoney(cohort.listPriceFen, locale) })}
        </Link>
      </div>
    );
  }
  if (viewer.kind === "waitlisted") {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {interpolate(m.cohort.waitlisted, { position: viewer.position })}
        </p>
        <ActionButton action={leaveWaitlistAction} hidden={hidden} label={m.cohort.leaveWaitlist} pendingLabel={m.auth.working} variant="secondary" />
      </div>
    );
  }
  if (unverifiedEmail) return <VerifyEmailNotice email={unverifiedEmail} next={path} m={m} />;
  if (full) {
    return (
      <div className="space-y-3">
        <p className="text-slate-700">{m.cohort.fullNotice}</p>
        <ActionButton action={joinWaitlistAction} hidden={hidden} label={m.cohort.joinWaitlist} pendingLabel={m.auth.working} autoSubmit={joinWaitlist} />
      </div>
    );
  }
  return <ActionButton action={holdSeatAction} hidden={hidden} label={interpolate(m.cohort.enroll, { minutes: holdMinutes })} pendingLabel={m.auth.working} />;
}
