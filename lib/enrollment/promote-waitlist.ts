import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { env } from "../env";
import { jobNames } from "../jobs/job-names";
import { scheduleJobAt } from "../jobs/schedule-job";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime } from "../i18n/format";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";
import { lockCohort } from "./seat-accounting";
import { countTakenSeats } from "./seat-rule";

/** How long a waitlisted learner's offer (and its hold) lasts. */
export const waitlistOfferHours = 24;

/**
 * Offers every free seat of the cohort to the learners first in line: each gets a hold valid for
 * 24 hours and an email. Transactional under the cohort's row lock, so running it twice, or in two
 * processes at once, never offers one seat twice. Each offer's mail is queued in the same
 * transaction; after the commit, each offer's expiry is queued as a job and the mails are
 * delivered. Returns the
 * number of offers made.
 */
export async function promoteWaitlist(cohortId: string, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const offers = await db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort || (cohort.status !== "OPEN" && cohort.status !== "FULL")) return [];
    const free = cohort.capacity - (await countTakenSeats(tx, cohortId, now));
    if (free <= 0) return [];
    const next = await tx.waitlistEntry.findMany({
      // Only verified addresses are offered seats (an entry from before that rule waits its turn).
      where: { cohortId, status: "WAITING", user: { emailVerified: { not: null } } },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      take: free,
      select: { id: true, userId: true, user: { select: { email: true, name: true, locale: true } } },
    });
    const expiresAt = new Date(now.getTime() + waitlistOfferHours * 3_600_000);
    const number = (await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { number: true } })).number;
    const offered: { holdId: string; mailId: string; expiresAt: Date }[] = [];
    for (const entry of next) {
      const hold = await tx.seatHold.create({
        data: { cohortId, userId: entry.userId, source: "WAITLIST", expiresAt },
        select: { id: true },
      });
      await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "OFFERED", offeredAt: now, holdId: hold.id } });
      const { locale } = entry.user;
      const m = messagesFor(locale);
      const values = { name: entry.user.name, number, until: formatDateTime(expiresAt, locale), url: `${env().APP_URL}/learn` };
      const mailId = await enqueueMail(tx, {
        kind: "waitlist.offer",
        to: entry.user.email,
        locale,
        subject: interpolate(m.mail.waitlistOfferSubject, values),
        text: interpolate(m.mail.waitlistOfferBody, values),
        content: {
          action: { label: m.mailLayout.actions["waitlist.offer"], url: values.url },
          facts: [
            { label: m.mailLayout.facts.cohort, value: String(number) },
            { label: m.mailLayout.facts.holdUntil, value: values.until },
          ],
        },
        dedupeKey: `waitlist.offer:${hold.id}`,
      });
      offered.push({ holdId: hold.id, mailId, expiresAt });
    }
    return offered;
  }, lockingTransactionOptions);

  for (const offer of offers) await scheduleJobAt(jobNames.expireHold, { holdId: offer.holdId }, offer.expiresAt, offer.holdId);
  await deliverQueuedMails(offers.map((offer) => offer.mailId));
  return offers.length;
}
