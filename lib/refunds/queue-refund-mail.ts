import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDate, formatMoney } from "../i18n/format";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, the mail telling the learner, in their language, that their refund request was approved (the amount and
 * how each part comes back: through Stripe, or paid out by staff for money paid offline) or
 * rejected (the reason); or, for `payout`, that staff paid out an offline refund (date, method,
 * reference). One mail per decision or payout. Returns the outbox id, or null when there is
 * nothing to tell.
 */
export async function queueRefundMail(tx: TTransaction, requestId: string, payoutRefundId?: string): Promise<string | null> {
  const request = await tx.refundRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      status: true,
      approvedFen: true,
      decisionNote: true,
      orderId: true,
      user: { select: { email: true, name: true, locale: true } },
      order: { select: { cohort: { select: { number: true } } } },
      refunds: {
        where: { status: { not: "FAILED" } },
        select: { id: true, method: true, amountFen: true, paidOutAt: true, payoutMethod: true, payoutReference: true },
      },
    },
  });
  const { locale } = request.user;
  const m = messagesFor(locale);
  const r = m.refunds;
  const base = {
    name: request.user.name,
    number: request.order.cohort.number,
    note: request.decisionNote ?? "",
    url: `${env().APP_URL}/learn/orders/${request.orderId}`,
  };
  if (payoutRefundId) {
    const payout = request.refunds.find((refund) => refund.id === payoutRefundId);
    if (!payout?.paidOutAt) return null;
    const values = {
      ...base,
      amount: formatMoney(payout.amountFen, locale),
      date: formatDate(payout.paidOutAt, locale),
      method: (r.payoutMethods as Record<string, string>)[payout.payoutMethod ?? ""] ?? payout.payoutMethod ?? "",
      reference: payout.payoutReference ?? "",
    };
    return enqueueMail(tx, {
      kind: "refund.paidOut",
      to: request.user.email,
      locale,
      subject: interpolate(r.mailPayoutSubject, values),
      text: interpolate(r.mailPayoutBody, values),
      content: {
        action: { label: m.mailLayout.actions["refund.paidOut"], url: base.url },
        facts: [
          { label: m.mailLayout.facts.amount, value: values.amount },
          { label: m.mailLayout.facts.date, value: values.date },
          { label: m.mailLayout.facts.reference, value: values.reference },
        ],
      },
      dedupeKey: `refund.paidOut:${payout.id}`,
    });
  }
  if (request.status === "REJECTED") {
    return enqueueMail(tx, {
      kind: "refund.rejected",
      to: request.user.email,
      locale,
      subject: interpolate(r.mailRejectedSubject, base),
      text: interpolate(r.mailRejectedBody, base),
      content: { action: { label: m.mailLayout.actions["refund.rejected"], url: base.url } },
      dedupeKey: `refund.rejected:${requestId}`,
    });
  }
  if (request.status !== "APPROVED" && request.status !== "COMPLETED") return null;
  const sum = (method: "STRIPE" | "OFFLINE") =>
    request.refunds.filter((refund) => refund.method === method).reduce((total, refund) => total + refund.amountFen, 0);
  const how = [
    sum("STRIPE") > 0 ? interpolate(r.mailHowStripe, { amount: formatMoney(sum("STRIPE"), locale) }) : null,
    sum("OFFLINE") > 0 ? interpolate(r.mailHowOffline, { amount: formatMoney(sum("OFFLINE"), locale) }) : null,
  ]
    .filter(Boolean)
    .join("\n");
  const values = { ...base, amount: formatMoney(request.approvedFen ?? 0, locale), how };
  return enqueueMail(tx, {
    kind: "refund.approved",
    to: request.user.email,
    locale,
    subject: interpolate(r.mailApprovedSubject, values),
    text: interpolate(r.mailApprovedBody, values),
    content: { action: { label: m.mailLayout.actions["refund.approved"], url: base.url }, facts: [{ label: m.mailLayout.facts.amount, value: values.amount }] },
    dedupeKey: `refund.approved:${requestId}`,
  });
}
