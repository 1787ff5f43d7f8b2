import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, a mail to every staff member and admin (in their language)
 * that a dispute opened or closed: the learner, the cohort, the amount, the reason, what happens
 * to the seat. Once per dispute, kind and person. Returns the outbox ids.
 */
export async function queueDisputeMails(tx: TTransaction, stripeDisputeId: string, kind: "opened" | "closed"): Promise<string[]> {
  const dispute = await tx.dispute.findUniqueOrThrow({
    where: { stripeDisputeId },
    select: {
      amountFen: true,
      reason: true,
      status: true,
      order: { select: { user: { select: { name: true, email: true } }, cohort: { select: { number: true, disputeSeatRule: true } } } },
    },
  });
  const staff = await tx.user.findMany({ where: { role: { in: ["STAFF", "ADMIN"] } }, select: { email: true, locale: true } });
  const ids: string[] = [];
  for (const person of staff) {
    const m = messagesFor(person.locale);
    const d = m.disputes;
    const values = {
      learner: `${dispute.order.user.name} <${dispute.order.user.email}>`,
      number: dispute.order.cohort.number,
      amount: formatMoney(dispute.amountFen, person.locale),
      reason: (d.reasons as Record<string, string>)[dispute.reason] ?? dispute.reason,
      status: (d.statuses as Record<string, string>)[dispute.status] ?? dispute.status,
      seat: dispute.order.cohort.disputeSeatRule === "RELEASE" ? d.seatReleased : d.seatKept,
      url: `${env().APP_URL}/staff/reconciliation`,
    };
    const [subject, body] = kind === "opened" ? [d.mailOpenedSubject, d.mailOpenedBody] : [d.mailClosedSubject, d.mailClosedBody];
    const mailKind = kind === "opened" ? "dispute.opened" : "dispute.closed";
    ids.push(
      await enqueueMail(tx, {
        kind: mailKind,
        to: person.email,
        locale: person.locale,
        subject: interpolate(subject, values),
        text: interpolate(body, values),
        content: { action: { label: m.mailLayout.actions[mailKind], url: values.url }, facts: [{ label: m.mailLayout.facts.amount, value: values.amount }] },
        dedupeKey: `${mailKind}:${stripeDisputeId}:${person.email}`,
      }),
    );
  }
  return ids;
}
