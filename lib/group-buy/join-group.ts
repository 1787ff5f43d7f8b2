import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { claimGroupPlace } from "./claim-place";
import { holdsPlace, placesLeft } from "./group-state";
import { lockGroup, memberState } from "./lock-group";

/**
 * Joins an open group by its share code. Under the cohort's and the group's locks: the group
 * never exceeds its size (concurrent joins for the last place → exactly one succeeds, the others
 * get `groupFull` and nothing is held or charged), the deadline has not passed, and the learner
 * has no seat, hold or group place in the cohort yet (their own group included).
 */
export async function joinGroup(input: { userId: string; code: string; now?: Date }): Promise<{ groupId: string; memberId: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  const found = await db.groupBuy.findUnique({ where: { code: input.code }, select: { id: true } });
  if (!found) throw new AppError("groupNotFound");
  return db.$transaction(async (tx) => {
    const group = await lockGroup(tx, found.id);
    if (!group) throw new AppError("groupNotFound");
    if (group.status !== "OPEN" || group.deadline <= now) throw new AppError("groupClosed");
    const members = group.members.map((member) => memberState(member, now));
    const mine = group.members.flatMap((member, i) => (member.userId === input.userId ? [members[i]!] : []));
    if (mine.some((member) => holdsPlace(member) || member.status === "CAPTURED")) throw new AppError("alreadyInGroup");
    if (placesLeft(group, members) === 0) throw new AppError("groupFull");
    const place = await claimGroupPlace(tx, { cohort: group.cohort, userId: input.userId, seatsNeeded: 1, now });
    const member = await tx.groupBuyMember.create({ data: { groupId: group.id, userId: input.userId, holdId: place.holdId }, select: { id: true } });
    return { groupId: group.id, memberId: member.id };
  }, lockingTransactionOptions);
}
