import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, the mail telling a group member, in their language, how their group ended for them: filled (enrolled at
 * the group price), failed (card hold released or payment refunded in full, with the list-price
 * link) or dropped (their card authorization was cancelled before the group filled). One mail per
 * member and kind. Returns the outbox id.
 */
export async function queueGroupMail(tx: TTransaction, memberId: string, kind: "filled" | "failed" | "dropped"): Promise<string> {
  const member = await tx.groupBuyMember.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      status: true,
      user: { select: { email: true, name: true, locale: true } },
      order: { select: { amountFen: true, enrollment: { select: { class: { select: { code: true } } } } } },
      group: { select: { code: true, cohort: { select: { number: true, listPriceFen: true, course: { select: { slug: true } } } } } },
    },
  });
  const { locale } = member.user;
  const m = messagesFor(locale);
  const { cohort } = member.group;
  const values = {
    name: member.user.name,
    number: cohort.number,
    amount: formatMoney(member.order?.amountFen ?? 0, locale),
    listPrice: formatMoney(cohort.listPriceFen, locale),
    className: member.order?.enrollment ? interpolate(m.catalog.className, { code: member.order.enrollment.class.code }) : "",
    money: member.status === "REFUNDED" ? m.groupBuy.mailRefunded : m.groupBuy.mailReleased,
    cohortUrl: `${env().APP_URL}/courses/${cohort.course.slug}/${cohort.number}`,
    groupUrl: `${env().APP_URL}/groups/${member.group.code}`,
    dashboardUrl: `${env().APP_URL}/learn`,
  };
  const subject = { filled: m.groupBuy.mailFilledSubject, failed: m.groupBuy.mailFailedSubject, dropped: m.groupBuy.mailDroppedSubject }[kind];
  const body = { filled: m.groupBuy.mailFilledBody, failed: m.groupBuy.mailFailedBody, dropped: m.groupBuy.mailDroppedBody }[kind];
  const mailKind = `group.${kind}` as const;
  const url = { filled: values.dashboardUrl, failed: values.cohortUrl, dropped: values.groupUrl }[kind];
  const facts =
    kind === "filled"
      ? [
          { label: m.mailLayout.facts.amount, value: values.amount },
          { label: m.mailLayout.facts.className, value: values.className },
        ].filter((fact) => fact.value)
      : [];
  return enqueueMail(tx, {
    kind: mailKind,
    to: member.user.email,
    locale,
    subject: interpolate(subject, values),
    text: interpolate(interpolate(body, values), values),
    content: { action: { label: m.mailLayout.actions[mailKind], url }, facts },
    dedupeKey: `${mailKind}:${memberId}`,
  });
}
