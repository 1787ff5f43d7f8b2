import "server-only";
import type Stripe from "stripe";
import { getDb } from "../db";
import { checkoutSecured, readCheckout, type TCheckoutFacts } from "../stripe/read-checkout";
import { dropMember } from "./drop-member";
import { recordMemberPayment } from "./record-member-payment";
import { settleGroup } from "./settle-group";

/**
 * A group member's checkout, as Stripe reports it (re-read): paid or authorized → recorded;
 * expired or failed → the member drops out and the place reopens; a wallet payment still
 * settling → remembered on the order.
 */
export async function followMemberCheckout(facts: TCheckoutFacts, otherwise: "expired" | "failed" | "awaitingPayment", now: Date = new Date()): Promise<void> {
  if (!facts.groupMemberId) return;
  const secured = checkoutSecured(facts);
  if (secured === "paid" || secured === "authorized") {
    await recordMemberPayment(facts, now);
    return;
  }
  const db = await getDb();
  const member = await db.groupBuyMember.findUnique({
    where: { id: facts.groupMemberId },
    select: { id: true, orderId: true, order: { select: { stripeCheckoutSessionId: true } } },
  });
  if (!member || member.order?.stripeCheckoutSessionId !== facts.sessionId) return;
  if (otherwise === "awaitingPayment") {
    await db.order.updateMany({ where: { id: member.orderId!, status: "PENDING" }, data: { paymentMethod: facts.paymentMethod } });
    return;
  }
  await dropMember(member.id, otherwise === "expired" ? "checkoutExpired" : "paymentFailed", now);
}

/**
 * A group member's PaymentIntent event (re-read from Stripe): a payment or authorization not yet
 * recorded is recorded through its Checkout Session; an authorization cancelled or lapsed while
 * the group is open drops the member; anything on a decided group is settled.
 */
export async function followMemberIntent(intent: Stripe.PaymentIntent, now: Date = new Date()): Promise<void> {
  const memberId = intent.metadata?.groupMemberId;
  if (!memberId) return;
  const db = await getDb();
  const member = await db.groupBuyMember.findUnique({
    where: { id: memberId },
    select: { id: true, status: true, late: true, groupId: true, group: { select: { status: true } }, order: { select: { stripeCheckoutSessionId: true } } },
  });
  if (!member) return;
  if ((intent.status === "succeeded" || intent.status === "requires_capture") && (member.status === "PENDING_PAYMENT" || member.status === "DROPPED")) {
    if (member.order?.stripeCheckoutSessionId) await recordMemberPayment(await readCheckout(member.order.stripeCheckoutSessionId), now);
    return;
  }
  if (intent.status === "canceled" && member.status === "AUTHORIZED" && member.group.status === "OPEN" && !member.late) {
    await dropMember(member.id, "authorizationCancelled", now);
    return;
  }
  if (member.group.status !== "OPEN") await settleGroup(member.groupId, { now });
}
