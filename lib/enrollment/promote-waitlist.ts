import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { env } from "../env";
import { jobNames } from "../jobs/job-names";
import { scheduleJobAt } from "../jobs/schedule-job";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime } from "../i18n/format";
import { sendMail } from "../mail/send-mail";
import { lockCohort } from "./seat-accounting";
import { countTakenSeats } from "./seat-rule";

/** How long a waitlisted learner's offer (and its hold) lasts. */
export const waitlistOfferHours = 24;

/**
 * Offers every free seat of the cohort to the learners first in line: each gets a hold valid for
 * 24 hours and an email. Transactional under the cohort's row lock, so running it twice, or in two
 * processes at once, never offers one seat twice. After the commit, each offer's expiry is queued
 * as a job and the mail is sent. Returns the
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
      where: { cohortId, status: "WAITING" },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      take: free,
      select: { id: true, userId: true, user: { select: { email: true, name: true, locale: true } } },
    });
    const expiresAt = new Date(now.getTime() + waitlistOfferHours * 3_600_000);
    const holdIds: string[] = [];
    for (const entry of next) {
      const hold = await tx.seatHold.create({
        data: { cohortId, userId: entry.userId, source: "WAITLIST", expiresAt },
        select: { id: true },
      });
      holdIds.push(hold.id);
      await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "OFFERED", offeredAt: now, holdId: hold.id } });
    }
    const number = (await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { number: true } })).number;
    return next.map((entry, index) => ({ ...entry.user, number, expiresAt, holdId: holdIds[index]! }));
  }, lockingTransactionOptions);

  for (const offer of offers) await scheduleJobAt(jobNames.expireHold, { holdId: offer.holdId }, offer.expiresAt, offer.holdId);
  for (const offer of offers) {
    const m = messagesFor(offer.locale);
    await sendMail({
      to: offer.email,
      subject: interpolate(m.mail.waitlistOfferSubject, { number: offer.number }),
      text: interpolate(m.mail.waitlistOfferBody, {
        name: offer.name,
        number: offer.number,
        until: formatDateTime(offer.expiresAt, offer.locale),
        url: `${env().APP_URL}/learn`,
      }),
    });
  }
  return offers.length;
}
