import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime, formatMoney } from "../i18n/format";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, the mail telling the learner (in their language) that they
 * are enrolled or that their payment was refunded for want of a seat. One mail per order and kind
 * (or per `dedupeKey`), however often it is called. Returns the outbox id.
 */
export async function queueOrderMail(
  tx: TTransaction,
  orderId: string,
  kind: "enrolled" | "refundedNoSeat",
  options: { dedupeKey?: string } = {},
): Promise<string> {
  const order = await tx.order.findUniqueOrThrow({
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
    url: `${env().APP_URL}${kind === "enrolled" ? "/learn" : "/courses"}`,
  };
  const [subject, body] = kind === "enrolled" ? [m.mail.enrolledSubject, m.mail.enrolledBody] : [m.mail.noSeatRefundSubject, m.mail.noSeatRefundBody];
  const mailKind = kind === "enrolled" ? "order.enrolled" : "order.refundedNoSeat";
  const f = m.mailLayout.facts;
  const facts =
    kind === "enrolled"
      ? [
          { label: f.cohort, value: String(order.cohort.number) },
          { label: f.className, value: values.className },
          { label: f.amount, value: values.amount },
          { label: f.firstSession, value: values.start },
        ].filter((fact) => fact.value)
      : [{ label: f.amount, value: values.amount }];
  return enqueueMail(tx, {
    kind: mailKind,
    to: order.user.email,
    locale,
    subject: interpolate(subject, values),
    text: interpolate(body, values),
    content: { action: { label: m.mailLayout.actions[mailKind], url: values.url }, facts },
    dedupeKey: options.dedupeKey ?? `${mailKind}:${orderId}`,
  });
}
