import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { countTakenSeats } from "../enrollment/seat-rule";
import { nextOrderStatus } from "../orders/order-status";
import { checkoutSecured, type TCheckoutFacts } from "../stripe/read-checkout";
import { nextGroupStatus, placesLeft } from "./group-state";
import { lockGroup, memberState } from "./lock-group";
import { settleGroup } from "./settle-group";

/** A secured member keeps their seat until the group settles; this grace covers a site that was down at the deadline. */
export const securedPlaceGraceMs = 2 * 86_400_000;

export type TMemberPayment = "secured" | "late" | "alreadyHandled" | "notPaidYet" | "unknownMember";

/**
 * Records a group member's payment confirmed by Stripe (re-read facts): an authorized card or a
 * wallet payment. The member's place is kept until the group settles; when this payment makes
 * the group full, the group is FILLED and settled at once (captures, enrollments). A payment
 * that arrives after the group closed, or when the member's lapsed place was taken meanwhile,
 * is marked late and reversed in full by settling. Idempotent under repeated and concurrent
 * deliveries (the group is locked; only a member still paying moves).
 */
export async function recordMemberPayment(facts: TCheckoutFacts, now: Date = new Date()): Promise<TMemberPayment> {
  if (!facts.groupMemberId) return "unknownMember";
  const secured = checkoutSecured(facts);
  if (secured !== "paid" && secured !== "authorized") return "notPaidYet";
  const db = await getDb();
  const found = await db.groupBuyMember.findUnique({
    where: { id: facts.groupMemberId },
    select: { groupId: true, order: { select: { stripeCheckoutSessionId: true } } },
  });
  if (!found || found.order?.stripeCheckoutSessionId !== facts.sessionId) return "unknownMember";
  const authorized = facts.paymentIntentStatus === "requires_capture";

  const result = await db.$transaction(async (tx) => {
    const group = (await lockGroup(tx, found.groupId))!;
    const member = group.members.find((candidate) => candidate.id === facts.groupMemberId)!;
    if (member.status !== "PENDING_PAYMENT" && member.status !== "DROPPED") return { outcome: "alreadyHandled" as const, groupStatus: group.status };
    const others = group.members.filter((candidate) => candidate.id !== member.id).map((candidate) => memberState(candidate, now));
    let late = group.status !== "OPEN" || group.deadline <= now;
    if (!late && !memberState(member, now).placeLive) {
      // The pending place lapsed: take it again only if the group and the cohort still have room.
      const waiting = await tx.waitlistEntry.count({ where: { cohortId: group.cohortId, status: "WAITING" } });
      const free = group.cohort.capacity - (await countTakenSeats(tx, group.cohortId, now));
      late = placesLeft(group, others) === 0 || free < 1 || waiting > 0;
    }
    const status = authorized ? "AUTHORIZED" : "PAID";
    await tx.groupBuyMember.update({ where: { id: member.id }, data: { status, late, securedAt: now, dropReason: null } });
    await tx.seatHold.update({
      where: { id: member.holdId },
      data: late ? { status: "RELEASED" } : { status: "ACTIVE", expiresAt: new Date(group.deadline.getTime() + securedPlaceGraceMs) },
    });
    const order = await tx.order.findUniqueOrThrow({ where: { id: member.orderId! }, select: { status: true } });
    await tx.order.update({
      where: { id: member.orderId! },
      data: {
        status: nextOrderStatus(order.status, { kind: authorized ? "authorized" : "paid" }),
        amountFen: facts.amountTotalFen,
        paymentMethod: facts.paymentMethod,
        stripePaymentIntentId: facts.paymentIntentId,
        stripeChargeId: facts.chargeId,
        paidAt: authorized ? null : now,
      },
    });
    let groupStatus = group.status;
    if (!late) {
      groupStatus = nextGroupStatus(group, [...others, { status, late }], { kind: "memberSecured" });
      if (groupStatus !== group.status) await tx.groupBuy.update({ where: { id: group.id }, data: { status: groupStatus, filledAt: now } });
    }
    return { outcome: late ? ("late" as const) : ("secured" as const), groupStatus };
  }, lockingTransactionOptions);

  if (result.outcome === "late" || result.groupStatus !== "OPEN") await settleGroup(found.groupId, { now });
  return result.outcome;
}
