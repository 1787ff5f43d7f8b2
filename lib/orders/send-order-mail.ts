import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime, formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";

/** Tells the learner, in their language, that they are enrolled or that their payment was refunded for want of a seat. */
export async function sendOrderMail(orderId: string, kind: "enrolled" | "refundedNoSeat"): Promise<void> {
  const db = await getDb();
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      amountFen: true,
      user: { select: { email: true, name: true, locale: true } },
      cohort: { select: { number: true, sessions: { orderBy: { index: "asc" }, take: 1, select: { startsAt: true } } } },
      enrollment: { select: { class: { select: { code: true } } } },
    },
  });
  const { locale } = order.user;
  const m = messagesFor(locale);
  const values = {
    name: order.user.name,
    number: order.cohort.number,
    amount: formatMoney(order.amountFen, locale),
    className: order.enrollment ? interpolate(m.catalog.className, { code: order.enrollment.class.code }) : "",
    start: order.cohort.sessions[0] ? formatDateTime(order.cohort.sessions[0].startsAt, locale) : "",
    url: `${env().APP_URL}/learn`,
  };
  const [subject, body] =
    kind === "enrolled" ? [m.mail.enrolledSubject, m.mail.enrolledBody] : [m.mail.noSeatRefundSubject, m.mail.noSeatRefundBody];
  await sendMail({ to: order.user.email, subject: interpolate(subject, values), text: interpolate(body, values) });
}
