import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";

/** Tells every staff member and admin, in their language, that a dispute opened or closed: the learner, the cohort, the amount, the reason, what happens to the seat. */
export async function sendDisputeMail(stripeDisputeId: string, kind: "opened" | "closed"): Promise<void> {
  const db = await getDb();
  const dispute = await db.dispute.findUniqueOrThrow({
    where: { stripeDisputeId },
    select: { amountFen: true, reason: true, status: true, order: { select: { user: { select: { name: true, email: true } }, cohort: { select: { number: true, disputeSeatRule: true } } } } },
  });
  const staff = await db.user.findMany({ where: { role: { in: ["STAFF", "ADMIN"] } }, select: { email: true, locale: true } });
  for (const person of staff) {
    const m = messagesFor(person.locale);
    const d = m.disputes;
    const values = {
      learner: `${dispute.order.user.name} <${dispute.order.user.email}>`, number: dispute.order.cohort.number, amount: formatMoney(dispute.amountFen, person.locale),
      reason: (d.reasons as Record<string, string>)[dispute.reason] ?? dispute.reason, status: (d.statuses as Record<string, string>)[dispute.status] ?? dispute.status,
      seat: dispute.order.cohort.disputeSeatRule === "RELEASE" ? d.seatReleased : d.seatKept, url: `${env().APP_URL}/staff/reconciliation`,
    };
    const [subject, body] = kind === "opened" ? [d.mailOpenedSubject, d.mailOpenedBody] : [d.mailClosedSubject, d.mailClosedBody];
    await sendMail({ to: person.email, subject: interpolate(subject, values), text: interpolate(body, values) });
  }
}
