import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";
import { isTerminal, nextGroupStatus } from "./group-state";
import { lockGroup, memberState } from "./lock-group";
import { settleMember } from "./settle-member";
import { log } from "../log/logger";

export type TSettleResult = { status: "OPEN" | "FILLED" | "FAILED" | "SETTLED"; unsettled: number };

/**
 * Settles a group: an open group past its deadline (or closed now by staff, `closeBy`) fails;
 * then every member of a filled or failed group is settled with Stripe (capture / keep, or
 * cancel / refund), and the group is SETTLED once no member is left to settle. Idempotent and
 * safe to run twice or in two processes at once: the decision is taken under the group's lock,
 * Stripe requests carry deterministic idempotency keys and each member's end is recorded once.
 * A member that fails to settle (Stripe down) is left for the next run; the others go on.
 */
export async function settleGroup(groupId: string, options: { now?: Date; closeBy?: string } = {}): Promise<TSettleResult> {
  const now = options.now ?? new Date();
  const db = await getDb();
  const decided = await db.$transaction(async (tx) => {
    const group = await lockGroup(tx, groupId);
    if (!group) return null;
    // Closing early (staff) is deciding as if the deadline had passed.
    const due = options.closeBy ? new Date(Math.max(now.getTime(), group.deadline.getTime())) : now;
    const status = nextGroupStatus(group, [], { kind: "deadlinePassed", now: due });
    if (status !== group.status) {
      await tx.groupBuy.update({ where: { id: group.id }, data: { status, failedAt: now, settledEarlyById: options.closeBy ?? null } });
    }
    return { ...group, status };
  }, lockingTransactionOptions);
  if (!decided) return { status: "SETTLED", unsettled: 0 };
  if (decided.status === "OPEN") return { status: "OPEN", unsettled: decided.members.filter((member) => !isTerminal(member)).length };

  const filled = await db.groupBuy.findUniqueOrThrow({ where: { id: groupId }, select: { filledAt: true } });
  const outcome = filled.filledAt ? "filled" : "failed";
  for (const member of decided.members) {
    if (isTerminal(member)) continue;
    try {
      await settleMember({ id: groupId, outcome }, { id: member.id, state: memberState(member, now), orderId: member.orderId }, now);
    } catch (error) {
      log().warn({ groupId, memberId: member.id, err: error }, "settling a group member failed; will retry");
    }
  }

  const result = await db.$transaction(async (tx) => {
    const group = (await lockGroup(tx, groupId))!;
    const unsettled = group.members.filter((member) => !isTerminal(member)).length;
    const status = unsettled === 0 ? nextGroupStatus(group, [], { kind: "allSettled" }) : group.status;
    if (status !== group.status) await tx.groupBuy.update({ where: { id: group.id }, data: { status, settledAt: now } });
    return { status, unsettled, cohortId: group.cohortId };
  }, lockingTransactionOptions);
  await promoteWaitlist(result.cohortId, now);
  return { status: result.status, unsettled: result.unsettled };
}
