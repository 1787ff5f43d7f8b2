import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { joinGroupAction, payGroupPlaceAction } from "@/lib/group-buy/actions";
import { ActionButton } from "@/components/forms/action-button";
import { GroupCountdown } from "@/components/group-buy/group-countdown";
import { GroupMembers } from "@/components/group-buy/group-members";
import { GroupRefresher } from "@/components/group-buy/group-refresher";
import { SharePanel } from "@/components/group-buy/share-panel";
import { buttonClass } from "@/components/ui/button-styles";
import { VerifyEmailNotice } from "@/components/catalog/verify-email-notice";
import { isEmailVerified } from "@/lib/accounts/email-verification";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { qrSvgDataUrl } from "@/lib/group-buy/qr-code";
import { readGroupPage } from "@/lib/group-buy/read-group-page";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { SessionTable } from "@/components/catalog/session-table";
import { getMessages } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

type TProps = { params: Promise<{ code: string }>; searchParams: Promise<{ checkout?: string }> };

async function load(params: TProps["params"]) {
  const [{ code }, user, messages] = await Promise.all([params, getCurrentUser(), getMessages()]);
  const group = await readGroupPage(code.toUpperCase(), user?.id ?? null);
  return { group, user, ...messages };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { group, m } = await load(params);
  if (!group) return {};
  return { title: interpolate(m.groupBuy.pageTitle, { leader: group.leaderName, number: group.cohort.number }), robots: { index: false } };
}

export default async function GroupPage({ params, searchParams }: TProps) {
  const [{ group, user, m, locale }, { checkout }] = await Promise.all([load(params), searchParams]);
  const zh = locale === "zh";
  if (!group) notFound();
  const unverifiedEmail = user && !(await isEmailVerified(user.id)) ? user.email : null;
  const price = formatMoney(group.priceFen, locale);
  const cohortPath = `/courses/${group.cohort.courseSlug}/${group.cohort.number}`;
  const url = `${env().APP_URL}/groups/${group.code}`;
  const open = group.status === "OPEN";
  const viewer = group.viewer;
  const first = group.cohort.sessions[0];
  const last = group.cohort.sessions.at(-1);
  const waitingForPayment = viewer.kind === "member" && viewer.status === "PENDING_PAYMENT" && checkout === "done";
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="breadcrumb" className="text-sm text-slate-600">
        <Link className="underline" href={cohortPath}>
          {interpolate(m.catalog.cohortName, { number: group.cohort.number })} · {localized(locale, group.cohort, "campus")}
        </Link>{" "}
        / {m.groupBuy.title}
      </nav>
      <header className="space-y-3 rounded-3xl border border-slate-200 p-6">
        <p className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="group-status">
          {m.groupBuy.groupStatuses[group.status]}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{interpolate(m.groupBuy.pageTitle, { leader: group.leaderName, number: group.cohort.number })}</h1>
        <p className="text-slate-700">{zh ? group.cohort.titleZh : group.cohort.titleEn}</p>
        {first && last && (
          <p className="font-medium text-slate-800" data-testid="group-when-where">
            {interpolate(m.groupBuy.whenWhere, {
              campus: zh ? group.cohort.campusZh : group.cohort.campusEn,
              first: formatDate(first.startsAt, locale, group.cohort.timeZone),
              last: formatDate(last.endsAt, locale, group.cohort.timeZone),
              count: group.cohort.sessions.length,
            })}
          </p>
        )}
        <p>
          <span className="text-3xl font-bold text-brand-700">{price}</span>{" "}
          <span className="text-slate-500 line-through">{formatMoney(group.cohort.listPriceFen, locale)}</span>
        </p>
        <p className="text-sm text-slate-600">{interpolate(m.groupBuy.windowNote, { size: group.size, deadline: formatDateTime(group.deadline, locale) })}</p>
        {open && (
          <GroupCountdown
            deadline={group.deadline.toISOString()}
            serverNow={new Date().toISOString()}
            label={m.groupBuy.countdown}
            template={m.groupBuy.countdownValue}
            ended={m.groupBuy.ended}
          />
        )}
        {open && (
          <p className="font-semibold" data-testid="places-left">
            {interpolate(m.groupBuy.placesLeft, { count: group.placesLeft })}
          </p>
        )}
      </header>

      {group.outcome === "filled" && (
        <p role="status" className="rounded-lg bg-green-50 p-4 text-green-900">
          {m.groupBuy.filledNotice}
        </p>
      )}
      {group.outcome === "failed" && (
        <div role="status" className="space-y-3 rounded-lg bg-amber-50 p-4 text-amber-900">
          <p>{m.groupBuy.failedNotice}</p>
          <Link href={cohortPath} className={buttonClass("primary")}>
            {interpolate(m.groupBuy.failedCta, { price: formatMoney(group.cohort.listPriceFen, locale) })}
          </Link>
        </div>
      )}
      {waitingForPayment && (
        <p role="status" className="rounded-lg bg-brand-50 p-4 text-brand-900">
          {m.groupBuy.processing}
        </p>
      )}

      <GroupMembers group={group} m={m} />

      {group.cohort.sessions.length > 0 && (
        <section aria-labelledby="group-schedule" className="space-y-3">
          <h2 id="group-schedule" className="text-lg font-semibold">
            {m.cohort.schedule}
          </h2>
          <SessionTable sessions={group.cohort.sessions} m={m} locale={locale} timeZone={group.cohort.timeZone} />
        </section>
      )}

      <section aria-label={m.groupBuy.title} className="space-y-3">
        {viewer.kind === "anonymous" && open && group.placesLeft > 0 && (
          <Link href={`/sign-in?next=${encodeURIComponent(`/groups/${group.code}`)}`} className={buttonClass("primary")}>
            {m.groupBuy.signInToJoin}
          </Link>
        )}
        {viewer.kind === "outsider" && open && group.placesLeft > 0 && unverifiedEmail && (
          <VerifyEmailNotice email={unverifiedEmail} next={`/groups/${group.code}`} m={m} />
        )}
        {viewer.kind === "outsider" && open && group.placesLeft > 0 && !unverifiedEmail && (
          <ActionButton action={joinGroupAction} hidden={{ code: group.code }} label={interpolate(m.groupBuy.join, { price })} pendingLabel={m.auth.working} />
        )}
        {viewer.kind === "member" && (
          <p className="rounded-lg bg-slate-50 p-3" data-testid="my-group-place">
            {interpolate(m.groupBuy.youAreIn, { status: m.groupBuy.memberStatuses[viewer.status] })}
          </p>
        )}
        {viewer.kind === "member" && viewer.canPay && !waitingForPayment && (
          <ActionButton
            action={payGroupPlaceAction}
            hidden={{ memberId: viewer.memberId }}
            label={interpolate(m.groupBuy.payNow, { price })}
            pendingLabel={m.auth.working}
          />
        )}
        {open && viewer.kind !== "member" && <p className="text-sm text-slate-600">{m.groupBuy.cardHoldNote}</p>}
      </section>

      {open && (
        <SharePanel
          url={url}
          qrDataUrl={await qrSvgDataUrl(url)}
          shareText={interpolate(m.groupBuy.shareText, {
            title: `${interpolate(m.catalog.cohortName, { number: group.cohort.number })} ${zh ? group.cohort.titleZh : group.cohort.titleEn}`,
            price,
          })}
          labels={{
            title: m.groupBuy.share,
            hint: m.groupBuy.shareHint,
            copy: m.groupBuy.copyLink,
            copied: m.groupBuy.copied,
            link: m.groupBuy.linkLabel,
            qrAlt: m.groupBuy.qrAlt,
            share: m.groupBuy.shareSheet,
          }}
        />
      )}
      {(open || waitingForPayment) && <GroupRefresher everyMs={waitingForPayment ? 1500 : 5000} forMs={30 * 60_000} />}
    </article>
  );
}
