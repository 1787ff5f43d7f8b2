import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { lockCohort } from "../enrollment/seat-accounting";
import { env } from "../env";
import { AppError } from "../errors";
import { settleGroup } from "../group-buy/settle-group";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";
import type { TTransaction } from "../db/transaction";
import type { TLocale } from "../i18n/types";
import { issueStripeRefund } from "../refunds/issue-stripe-refund";
import { planSeatRefund } from "../refunds/plan-refund";
import { lockSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoney } from "../seat-accounts/seat-money";
import { assertStaff } from "../access/staff-access";

export const cohortCancelledReason = "cohort_cancelled";

type TCancelMailTo = { email: string; name: string; locale: TLocale; number: number };

/** Queues the learner's "cohort cancelled" mail (refund through Stripe, or a payout by staff), once per seat. */
function queueCancelMail(tx: TTransaction, accountId: string, user: TCancelMailTo, amountFen: number, byStripe: boolean): Promise<string> {
  const m = messagesFor(user.locale);
  const values = { name: user.name, number: user.number, amount: formatMoney(amountFen, user.locale), catalogUrl: `${env().APP_URL}/courses` };
  return enqueueMail(tx, {
    kind: "cohort.cancelled",
    to: user.email,
    locale: user.locale,
    subject: interpolate(m.staffCohorts.cancelMailSubject, values),
    text: interpolate(byStripe ? m.staffCohorts.cancelMailBodyRefund : m.staffCohorts.cancelMailBodyOffline, values),
    content: {
      action: { label: m.mailLayout.actions["cohort.cancelled"], url: values.catalogUrl },
      facts: [{ label: m.mailLayout.facts.amount, value: values.amount }],
    },
    dedupeKey: `cohort.cancelled:${accountId}`,
  });
}

/**
 * Plans the refund of all that is left on a seat because its cohort was cancelled, once per seat
 * (under the account's lock): the call that plans it also queues the learner's mail, in the same
 * transaction (`mailId`).
 */
async function planCancellationRefund(
  accountId: string,
  user: TCancelMailTo,
): Promise<{ mailId: string | null; amountFen: number; stripeRefundIds: string[]; offlineRefundIds: string[] }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const account = await lockSeatAccount(tx, accountId);
    if (!account) return { mailId: null, amountFen: 0, stripeRefundIds: [], offlineRefundIds: [] };
    const earlier = await tx.refund.findMany({
      where: { reason: cohortCancelledReason, order: { accountId } },
      select: { id: true, method: true, amountFen: true, status: true, stripeRefundId: true },
    });
    if (earlier.length > 0) {
      const unissued = earlier
        .filter((refund) => refund.method === "STRIPE" && !refund.stripeRefundId && refund.status === "PENDING")
        .map((refund) => refund.id);
      const anyStripe = earlier.some((refund) => refund.method === "STRIPE");
      return {
        mailId: null,
        amountFen: earlier.reduce((sum, refund) => sum + refund.amountFen, 0),
        stripeRefundIds: anyStripe ? unissued : [],
        offlineRefundIds: earlier.filter((refund) => refund.method === "OFFLINE").map((refund) => refund.id),
      };
    }
    const left = seatMoney(account.orders).netFen;
    if (left <= 0) return { mailId: await queueCancelMail(tx, accountId, user, 0, false), amountFen: 0, stripeRefundIds: [], offlineRefundIds: [] };
    const planned = await planSeatRefund(tx, account, { amountFen: left, reason: cohortCancelledReason, requestId: null });
    return { mailId: await queueCancelMail(tx, accountId, user, left, planned.stripeRefundIds.length > 0), amountFen: left, ...planned };
  }, lockingTransactionOptions);
}

/**
 * Staff cancel a cohort: it stops taking enrollments, holds and waitlist places end, open groups
 * fail (their holds released, payments refunded), and every enrolled learner who paid through
 * Stripe is refunded all that is left on their seat's chain (the enrollment ends when the
 * charge.refunded webhook confirms it) and emailed with the offer to transfer to another
 * cohort. Money paid offline becomes a payout awaiting staff (listed under refunds → offline
 * payouts) and that enrollment ends at once. Safe to run again: it resumes where it stopped.
 */
export async function cancelCohort(actor: TSessionUser, cohortId: string, now: Date = new Date()): Promise<{ refunded: number; offline: number }> {
  assertStaff(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort) throw new AppError("cohortNotFound");
    if (cohort.status === "FINISHED") throw new AppError("enrollmentClosed");
    if (cohort.status === "CANCELLED") return;
    await tx.cohort.update({ where: { id: cohortId }, data: { status: "CANCELLED", cancelledAt: now } });
    await tx.seatHold.updateMany({ where: { cohortId, status: "ACTIVE", source: { not: "GROUP" } }, data: { status: "RELEASED" } });
    await tx.waitlistEntry.updateMany({ where: { cohortId, status: { in: ["WAITING", "OFFERED"] } }, data: { status: "LEFT" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cohort.cancel",
      entityType: "Cohort",
      entityId: cohortId,
      before: { status: cohort.status },
      after: { status: "CANCELLED" },
    });
  }, lockingTransactionOptions);

  for (const group of await db.groupBuy.findMany({ where: { cohortId, status: { in: ["OPEN", "FILLED", "FAILED"] } }, select: { id: true } })) {
    await settleGroup(group.id, { now, closeBy: actor.id });
  }

  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { number: true } });
  const enrollments = await db.enrollment.findMany({
    where: { cohortId, status: "ACTIVE" },
    select: { id: true, account: { select: { id: true } }, user: { select: { email: true, name: true, locale: true } } },
  });
  let refunded = 0;
  let offline = 0;
  for (const enrollment of enrollments) {
    // The whole seat is refunded: every order of its chain (a transfer's difference included),
    // through Stripe where paid through Stripe, as payouts awaiting staff where paid offline.
    const planned = enrollment.account ? await planCancellationRefund(enrollment.account.id, { ...enrollment.user, number: cohort.number }) : null;
    const issued = planned?.stripeRefundIds ?? [];
    for (const refundId of issued) await issueStripeRefund(refundId);
    const byStripe = planned !== null && planned.stripeRefundIds.length > 0;
    // With money paid offline the seat ends now (its payout is staff's work, listed for them);
    // a seat paid only through Stripe ends when Stripe confirms the refund.
    if (!byStripe || (planned?.offlineRefundIds.length ?? 0) > 0) await endEnrollment(enrollment.id, "CANCELLED", now);
    if (byStripe) refunded += 1;
    else offline += 1;
    await deliverQueuedMails([planned?.mailId]);
  }
  return { refunded, offline };
}
