import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { isAppError } from "../errors";
import { convertHoldToEnrollment } from "../enrollment/convert-hold";
import { nextOrderStatus } from "../orders/order-status";
import { recordOrderFee } from "../orders/record-order-fee";
import { refundOrderWithoutSeat } from "../orders/refund-without-seat";
import { openSeatAccount } from "../seat-accounts/open-seat-account";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { lockGroup } from "./lock-group";
import { queueGroupMail } from "./queue-group-mail";

export type TMemberEnd = { kind: "captured" } | { kind: "cancelled" } | { kind: "refunded"; refundedFen: number };

/**
 * Records the end of a member's payment after Stripe confirmed it: captured (or a wallet payment
 * kept) → enrolled at the group price in the class with fewer learners; cancelled or refunded →
 * the seat is released. Under the group's lock and only from a member still settling, so two
 * settlers at once record it once; returns true for the one that did. The member's mail (filled or failed) is queued
 * in the same transaction.
 */
export async function completeMember(memberId: string, end: TMemberEnd, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const found = await db.groupBuyMember.findUnique({ where: { id: memberId }, select: { groupId: true } });
  if (!found) return false;
  const done = await db.$transaction(async (tx) => {
    const group = (await lockGroup(tx, found.groupId))!;
    const member = group.members.find((candidate) => candidate.id === memberId)!;
    if (member.status !== "AUTHORIZED" && member.status !== "PAID") return false;
    const order = await tx.order.findUniqueOrThrow({
      where: { id: member.orderId! },
      select: { id: true, userId: true, cohortId: true, status: true, amountFen: true },
    });
    if (end.kind === "captured") {
      let enrollmentId: string | null = null;
      try {
        enrollmentId = (await convertHoldToEnrollment(member.holdId, now, tx)).enrollmentId;
      } catch (error) {
        if (!isAppError(error)) throw error;
      }
      await tx.groupBuyMember.update({ where: { id: member.id }, data: { status: "CAPTURED", settledAt: now } });
      await tx.order.update({
        where: { id: order.id },
        data: { status: nextOrderStatus(order.status, { kind: "paid" }), paidAt: now, enrollmentId, noSeatRefundAt: enrollmentId ? null : now },
      });
      if (enrollmentId)
        await openSeatAccount(tx, { userId: order.userId, cohortId: order.cohortId, enrollmentId, orderId: order.id, agreedPriceFen: order.amountFen });
      return { mailId: await queueGroupMail(tx, member.id, "filled") };
    }
    await tx.groupBuyMember.update({ where: { id: member.id }, data: { status: end.kind === "cancelled" ? "CANCELLED" : "REFUNDED", settledAt: now } });
    await tx.seatHold.updateMany({ where: { id: member.holdId, status: "ACTIVE" }, data: { status: "RELEASED" } });
    const status =
      end.kind === "cancelled"
        ? nextOrderStatus(order.status, { kind: "cancelled" })
        : nextOrderStatus(order.status, { kind: "refunded", refundedFen: end.refundedFen, amountFen: order.amountFen });
    await tx.order.update({ where: { id: order.id }, data: { status, ...(end.kind === "refunded" ? { refundedFen: end.refundedFen } : {}) } });
    return { mailId: await queueGroupMail(tx, member.id, "failed") };
  }, lockingTransactionOptions);
  if (done) await deliverQueuedMails([done.mailId]);
  // A captured member whose seat was somehow gone is refunded in full (never happens while the place is held).
  if (done && end.kind === "captured") {
    const order = await db.groupBuyMember.findUniqueOrThrow({ where: { id: memberId }, select: { orderId: true } });
    await refundOrderWithoutSeat(order.orderId!);
    await recordOrderFee(order.orderId!);
  }
  // A wallet payment refunded because the group failed still cost Stripe's fee: the ledger shows it.
  if (done && end.kind === "refunded") {
    const order = await db.groupBuyMember.findUniqueOrThrow({ where: { id: memberId }, select: { orderId: true } });
    await recordOrderFee(order.orderId!);
  }
  return Boolean(done);
}
