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
import { sendMail } from "../mail/send-mail";
import { getStripe } from "../payments/stripe-client";
import { assertStaff } from "../staff/access";

export const cohortCancelledReason = "cohort_cancelled";

/**
 * Staff cancel a cohort: it stops taking enrollments, holds and waitlist places end, open groups
 * fail (their holds released, payments refunded), and every enrolled learner who paid through
 * Stripe is refunded what is left of their payment in full (idempotency key per order; the
 * enrollment ends when the charge.refunded webhook confirms it) and emailed with the offer to
 * transfer to another cohort. Learners who paid offline lose their enrollment and appear in
 * reconciliation for a manual refund. Safe to run again: it resumes where it stopped.
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
    await recordAudit(tx, { actorId: actor.id, action: "cohort.cancel", entityType: "Cohort", entityId: cohortId, before: { status: cohort.status }, after: { status: "CANCELLED" } });
  }, lockingTransactionOptions);

  for (const group of await db.groupBuy.findMany({ where: { cohortId, status: { in: ["OPEN", "FILLED", "FAILED"] } }, select: { id: true } })) {
    await settleGroup(group.id, { now, closeBy: actor.id });
  }

  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { number: true } });
  const enrollments = await db.enrollment.findMany({
    where: { cohortId, status: "ACTIVE" },
    select: { id: true, user: { select: { email: true, name: true, locale: true } }, order: { select: { id: true, amountFen: true, refundedFen: true, stripePaymentIntentId: true, refunds: { where: { reason: cohortCancelledReason }, select: { id: true } } } } },
  });
  let refunded = 0;
  let offline = 0;
  for (const enrollment of enrollments) {
    const order = enrollment.order;
    const left = order ? order.amountFen - order.refundedFen : 0;
    let tell = false;
    if (order?.stripePaymentIntentId && left > 0) {
      tell = order.refunds.length === 0;
      if (tell) {
        const refund = await getStripe().refunds.create(
          { payment_intent: order.stripePaymentIntentId, amount: left, reason: "requested_by_customer", metadata: { orderId: order.id, reason: cohortCancelledReason } },
          { idempotencyKey: `cohort-cancel-${order.id}` },
        );
        await db.refund.upsert({
          where: { stripeRefundId: refund.id },
          create: { orderId: order.id, stripeRefundId: refund.id, amountFen: refund.amount, reason: cohortCancelledReason, status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING" },
          update: {},
        });
      }
      refunded += 1;
    } else {
      tell = (await endEnrollment(enrollment.id, "CANCELLED", now)).changed;
      offline += 1;
    }
    if (!tell) continue;
    const m = messagesFor(enrollment.user.locale);
    const values = { name: enrollment.user.name, number: cohort.number, amount: formatMoney(left, enrollment.user.locale), catalogUrl: `${env().APP_URL}/courses` };
    await sendMail({
      to: enrollment.user.email,
      subject: interpolate(m.staffCohorts.cancelMailSubject, values),
      text: interpolate(order?.stripePaymentIntentId ? m.staffCohorts.cancelMailBodyRefund : m.staffCohorts.cancelMailBodyOffline, values),
    });
  }
  return { refunded, offline };
}
