import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { lockCohort } from "../enrollment/seat-accounting";
import { jobNames } from "../jobs/job-names";
import { scheduleJobAt } from "../jobs/schedule-job";
import { claimGroupPlace } from "./claim-place";

/** Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newGroupCode(): string {
  return Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** A checkout lasts at least 31 minutes: a group must be able to run that long before its deadline. */
const minimumRemainingMs = 31 * 60_000;

/**
 * Starts a group-buy for the cohort during its window: the learner becomes the first member,
 * with a seat kept while they pay the group price. Refused outside the window, when the cohort
 * has fewer free seats than the group's size, or when the learner already has a seat, a hold
 * or a group place in this cohort. The group's deadline is the end of the window; after the
 * commit a job is queued to settle the group then (the groups sweep is the safety net).
 */
export async function startGroup(input: { userId: string; cohortId: string; now?: Date }): Promise<{ groupId: string; code: string; memberId: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  const started = await db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    const settings = cohort
      ? await tx.cohort.findUniqueOrThrow({
          where: { id: cohort.id },
          select: { groupPriceFen: true, groupSize: true, groupBuyStartsAt: true, groupBuyEndsAt: true },
        })
      : null;
    if (settings && !groupWindowOpen(settings, now)) throw new AppError("groupBuyClosed");
    const place = await claimGroupPlace(tx, { cohort, userId: input.userId, seatsNeeded: settings?.groupSize ?? 1, now });
    const group = await tx.groupBuy.create({
      data: {
        code: newGroupCode(),
        cohortId: input.cohortId,
        leaderId: input.userId,
        size: settings!.groupSize,
        priceFen: settings!.groupPriceFen!,
        deadline: settings!.groupBuyEndsAt!,
      },
      select: { id: true, code: true, deadline: true },
    });
    const member = await tx.groupBuyMember.create({ data: { groupId: group.id, userId: input.userId, holdId: place.holdId }, select: { id: true } });
    return { groupId: group.id, code: group.code, memberId: member.id, deadline: group.deadline };
  }, lockingTransactionOptions);
  await scheduleJobAt(jobNames.settleGroup, { groupId: started.groupId }, started.deadline, started.groupId);
  return { groupId: started.groupId, code: started.code, memberId: started.memberId };
}

/** Whether groups may be started now: a group price, a window containing now, and time enough left to pay. */
export function groupWindowOpen(
  cohort: { groupPriceFen: number | null; groupSize: number; groupBuyStartsAt: Date | null; groupBuyEndsAt: Date | null },
  now: Date,
): boolean {
  if (cohort.groupPriceFen === null || cohort.groupSize < 2 || !cohort.groupBuyStartsAt || !cohort.groupBuyEndsAt) return false;
  return cohort.groupBuyStartsAt <= now && cohort.groupBuyEndsAt.getTime() - now.getTime() >= minimumRemainingMs;
}
