import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";
import { nextOrderStatus } from "../orders/order-status";
import { lockGroup } from "./lock-group";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueGroupMail } from "./queue-group-mail";

export type TDropReason = "checkoutExpired" | "paymentFailed" | "authorizationCancelled" | "captureFailed" | "groupClosed";

/**
 * A member leaves their group without paying: the checkout expired, the wallet payment failed,
 * or the card authorization was cancelled or lapsed before the group filled. Their seat is
 * released and the place reopens. Only a member still paying or authorized moves (idempotent).
 * An authorization that disappears is told by email; an abandoned checkout is not.
 */
export async function dropMember(memberId: string, reason: TDropReason, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const found = await db.groupBuyMember.findUnique({ where: { id: memberId }, select: { groupId: true } });
  if (!found) return false;
  const dropped = await db.$transaction(async (tx) => {
    const group = (await lockGroup(tx, found.groupId))!;
    const member = group.members.find((candidate) => candidate.id === memberId)!;
    if (member.status !== "PENDING_PAYMENT" && member.status !== "AUTHORIZED") return false;
    await tx.groupBuyMember.update({ where: { id: member.id }, data: { status: "DROPPED", dropReason: reason, settledAt: now } });
    await tx.seatHold.updateMany({ where: { id: member.holdId, status: "ACTIVE" }, data: { status: "RELEASED" } });
    if (member.orderId) {
      const order = await tx.order.findUniqueOrThrow({ where: { id: member.orderId }, select: { status: true } });
      const event = reason === "checkoutExpired" || reason === "groupClosed" ? "checkoutExpired" : reason === "paymentFailed" ? "paymentFailed" : "cancelled";
      await tx.order.update({ where: { id: member.orderId }, data: { status: nextOrderStatus(order.status, { kind: event }) } });
    }
    // An authorization that disappeared is told in the same transaction; an abandoned checkout is not.
    const mailId = member.status === "AUTHORIZED" ? await queueGroupMail(tx, member.id, "dropped") : null;
    return { cohortId: group.cohortId, mailId };
  }, lockingTransactionOptions);
  if (!dropped) return false;
  await deliverQueuedMails([dropped.mailId]);
  await promoteWaitlist(dropped.cohortId, now);
  return true;
}
