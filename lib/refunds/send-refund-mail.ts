import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";

/** Tells the learner, in their language, that their refund request was approved (amount) or rejected (reason). */
export async function sendRefundMail(requestId: string): Promise<void> {
  const db = await getDb();
  const request = await db.refundRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, approvedFen: true, decisionNote: true, orderId: true, user: { select: { email: true, name: true, locale: true } }, order: { select: { cohort: { select: { number: true } } } } },
  });
  if (request.status !== "APPROVED" && request.status !== "REJECTED") return;
  const { locale } = request.user;
  const m = messagesFor(locale);
  const values = {
    name: request.user.name,
    number: request.order.cohort.number,
    amount: formatMoney(request.approvedFen ?? 0, locale),
    note: request.decisionNote ?? "",
    url: `${env().APP_URL}/learn/orders/${request.orderId}`,
  };
  const approved = request.status === "APPROVED";
  await sendMail({
    to: request.user.email,
    subject: interpolate(approved ? m.refunds.mailApprovedSubject : m.refunds.mailRejectedSubject, values),
    text: interpolate(approved ? m.refunds.mailApprovedBody : m.refunds.mailRejectedBody, values),
  });
}
