import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDate, formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";

/**
 * Tells the learner, in their language, that their refund request was approved (the amount and
 * how each part comes back: through Stripe, or paid out by staff for money paid offline) or
 * rejected (the reason); or, for `payout`, that staff paid out an offline refund (date, method,
 * reference).
 */
export async function sendRefundMail(requestId: string, payoutRefundId?: string): Promise<void> {
  const db = await getDb();
  const request = await db.refundRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      status: true, approvedFen: true, decisionNote: true, orderId: true,
      user: { select: { email: true, name: true, locale: true } },
      order: { select: { cohort: { select: { number: true } } } },
      refunds: { where: { status: { not: "FAILED" } }, select: { id: true, method: true, amountFen: true, paidOutAt: true, payoutMethod: true, payoutReference: true } },
    },
  });
  const { locale } = request.user;
  const m = messagesFor(locale);
  const r = m.refunds;
  const base = { name: request.user.name, number: request.order.cohort.number, note: request.decisionNote ?? "", url: `${env().APP_URL}/learn/orders/${request.orderId}` };
  if (payoutRefundId) {
    const payout = request.refunds.find((refund) => refund.id === payoutRefundId);
    if (!payout?.paidOutAt) return;
    const values = {
      ...base, amount: formatMoney(payout.amountFen, locale), date: formatDate(payout.paidOutAt, locale),
      method: (r.payoutMethods as Record<string, string>)[payout.payoutMethod ?? ""] ?? payout.payoutMethod ?? "", reference: payout.payoutReference ?? "",
    };
    await sendMail({ to: request.user.email, subject: interpolate(r.mailPayoutSubject, values), text: interpolate(r.mailPayoutBody, values) });
    return;
  }
  if (request.status === "REJECTED") {
    await sendMail({ to: request.user.email, subject: interpolate(r.mailRejectedSubject, base), text: interpolate(r.mailRejectedBody, base) });
    return;
  }
  if (request.status !== "APPROVED" && request.status !== "COMPLETED") return;
  const sum = (method: "STRIPE" | "OFFLINE") => request.refunds.filter((refund) => refund.method === method).reduce((total, refund) => total + refund.amountFen, 0);
  const how = [
    sum("STRIPE") > 0 ? interpolate(r.mailHowStripe, { amount: formatMoney(sum("STRIPE"), locale) }) : null,
    sum("OFFLINE") > 0 ? interpolate(r.mailHowOffline, { amount: formatMoney(sum("OFFLINE"), locale) }) : null,
  ].filter(Boolean).join("\n");
  const values = { ...base, amount: formatMoney(request.approvedFen ?? 0, locale), how };
  await sendMail({ to: request.user.email, subject: interpolate(r.mailApprovedSubject, values), text: interpolate(r.mailApprovedBody, values) });
}
