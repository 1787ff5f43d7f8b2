import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { AppError } from "../errors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { testWebhookSecret } from "../../test/support/stripe-harness";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { resetEnvForTests } from "../env";
import { startCheckout } from "../orders/start-checkout";
import { resetStripeForTests } from "../stripe/stripe-client";

const harness = usePaymentsHarness();

async function learnerWithCheckout(options: { capacity?: number } = {}) {
  const { cohortId } = await createTestCohort(options.capacity ? { capacity: options.capacity, classes: [{ code: "A", capacity: options.capacity }] } : {});
  const [userId] = await createTestUsers(1, "payer");
  const hold = await holdSeat({ userId: userId!, cohortId });
  const checkout = await startCheckout({ userId: userId!, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  const order = await db.order.findUniqueOrThrow({ where: { id: checkout.orderId }, select: { stripeCheckoutSessionId: true } });
  return { cohortId, userId: userId!, holdId: hold.holdId, orderId: checkout.orderId, sessionId: order.stripeCheckoutSessionId!, url: checkout.url };
}

async function orderState(orderId: string) {
  const db = await getDb();
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      amountFen: true,
      paymentMethod: true,
      refundedFen: true,
      noSeatRefundAt: true,
      enrollment: { select: { status: true } },
      user: { select: { email: true } },
    },
  });
  const mails = await db.mailMessage.findMany({ where: { to: order.user.email }, select: { subject: true } });
  return { ...order, mails: mails.map((mail) => mail.subject) };
}

const settle = () => harness.local.control.idle(10_000);

function signedEvent(type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({
    id: `evt_test_${Math.random().toString(36).slice(2)}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  return { payload, signature: harness.stripe.webhooks.generateTestHeaderString({ payload, secret: testWebhookSecret }) };
}

describe("checkout and webhooks", () => {
  it("creates a CNY Checkout Session for the caller's hold with the order in metadata, and reuses it", async () => {
    const { sessionId, orderId, userId, holdId } = await learnerWithCheckout();
    const session = await harness.stripe.checkout.sessions.retrieve(sessionId);
    expect(session.client_reference_id).toBe(orderId);
    expect(session.metadata?.orderId).toBe(orderId);
    expect(session.currency).toBe("cny");
    expect(session.amount_total).toBe(2_299_900);
    expect(session.allowed_payment_method_types).toEqual(["card", "alipay", "wechat_pay"]);
    const again = await startCheckout({ userId, holdId, locale: "zh" });
    expect(again.orderId).toBe(orderId);
  });

  it("refuses a checkout for someone else's hold", async () => {
    const { holdId } = await learnerWithCheckout();
    const [intruder] = await createTestUsers(1, "intruder");
    await expect(startCheckout({ userId: intruder!, holdId, locale: "zh" })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "holdNotFound",
    );
  });

  it("a card payment enrolls the learner once, even when the event arrives five times", async () => {
    const { orderId, sessionId } = await learnerWithCheckout();
    harness.local.control.completeCheckout(sessionId, { method: "card", outcome: "succeed" });
    await settle();
    const events = await harness.stripe.events.list({ type: "checkout.session.completed", limit: 100 });
    const completed = events.data.find((event) => (event.data.object as { id: string }).id === sessionId);
    expect(completed).toBeDefined();
    for (let i = 0; i < 2; i++) harness.local.control.duplicate(completed!.id);
    expect(harness.local.control.deliveries({ event_id: completed!.id })).toHaveLength(5);
    await settle();
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.paymentMethod).toBe("card");
    expect(state.enrollment?.status).toBe("ACTIVE");
    expect(state.mails.filter((subject) => subject.startsWith("报名成功"))).toHaveLength(1);
    const db = await getDb();
    expect(await db.enrollment.count({ where: { order: { id: orderId } } })).toBe(1);
  });

  it("rejects a forged or stale signature with 400 and writes nothing", async () => {
    const db = await getDb();
    const before = await db.stripeEvent.count();
    const { payload } = signedEvent("checkout.session.completed", { id: "cs_test_forged" });
    expect((await harness.deliver(payload, "t=1,v1=deadbeef")).status).toBe(400);
    const stale = `t=${Math.floor(Date.now() / 1000) - 3600},v1=${"0".repeat(64)}`;
    expect((await harness.deliver(payload, stale)).status).toBe(400);
    expect((await harness.deliver(payload, "")).status).toBe(400);
    expect(await db.stripeEvent.count()).toBe(before);
  });

  it("an expiry delivered after the payment leaves the order paid; a completion after the expiry changes nothing", async () => {
    const paid = await learnerWithCheckout();
    harness.local.control.completeCheckout(paid.sessionId, { method: "card", outcome: "succeed" });
    await settle();
    const late = signedEvent("checkout.session.expired", { id: paid.sessionId, object: "checkout.session" });
    expect((await harness.deliver(late.payload, late.signature)).status).toBe(200);
    expect((await orderState(paid.orderId)).status).toBe("PAID");

    const expired = await learnerWithCheckout();
    await harness.stripe.checkout.sessions.expire(expired.sessionId);
    await settle();
    expect((await orderState(expired.orderId)).status).toBe("EXPIRED");
    const stray = signedEvent("checkout.session.completed", { id: expired.sessionId, object: "checkout.session" });
    expect((await harness.deliver(stray.payload, stray.signature)).status).toBe(200);
    const state = await orderState(expired.orderId);
    expect(state.status).toBe("EXPIRED");
    expect(state.enrollment).toBeNull();
  });

  it("a declined card leaves the order pending and the seat held", async () => {
    const { orderId, sessionId, holdId } = await learnerWithCheckout();
    expect(harness.local.control.completeCheckout(sessionId, { method: "card", outcome: "decline" }).declined).toBeDefined();
    await settle();
    expect((await orderState(orderId)).status).toBe("PENDING");
    const db = await getDb();
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: holdId } })).status).toBe("ACTIVE");
  });

  it("Alipay settling later enrolls; a failed WeChat Pay payment marks the order failed and keeps the hold", async () => {
    const alipay = await learnerWithCheckout();
    harness.local.control.completeCheckout(alipay.sessionId, { method: "alipay", outcome: "async_success" });
    await settle();
    expect((await orderState(alipay.orderId)).status).toBe("PENDING");
    harness.local.control.advanceClock(10);
    await settle();
    const paid = await orderState(alipay.orderId);
    expect(paid.status).toBe("PAID");
    expect(paid.paymentMethod).toBe("alipay");
    expect(paid.enrollment?.status).toBe("ACTIVE");

    const wechat = await learnerWithCheckout();
    harness.local.control.completeCheckout(wechat.sessionId, { method: "wechat_pay", outcome: "async_failure" });
    harness.local.control.advanceClock(10);
    await settle();
    expect((await orderState(wechat.orderId)).status).toBe("FAILED");
    const db = await getDb();
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: wechat.holdId } })).status).toBe("ACTIVE");
  });

  it("a payment confirmed after the hold was given up and the cohort filled is refunded in full, and the learner told", async () => {
    const late = await learnerWithCheckout({ capacity: 1 });
    const db = await getDb();
    // A hold that merely ran out keeps its seat while its checkout is open (lapsed-checkouts test);
    // one that was released no longer does, so the seat can go to someone else.
    await db.seatHold.update({ where: { id: late.holdId }, data: { status: "RELEASED", expiresAt: new Date(Date.now() - 60_000) } });
    const [other] = await createTestUsers(1, "quicker");
    await holdSeat({ userId: other!, cohortId: late.cohortId });

    harness.local.control.completeCheckout(late.sessionId, { method: "card", outcome: "succeed" });
    await settle();
    await settle();
    const state = await orderState(late.orderId);
    expect(state.enrollment).toBeNull();
    expect(state.noSeatRefundAt).not.toBeNull();
    expect(state.status).toBe("REFUNDED");
    expect(state.refundedFen).toBe(state.amountFen);
    expect(state.mails.filter((subject) => subject.includes("款项已全额退回"))).toHaveLength(1);
    expect(await db.refund.count({ where: { orderId: late.orderId, status: "SUCCEEDED" } })).toBe(1);
  });

  it("answers 500 when handling fails (Stripe unreachable), so Stripe delivers again and the event can be handled then", async () => {
    const { sessionId } = await learnerWithCheckout();
    const { payload, signature } = signedEvent("checkout.session.completed", { id: sessionId, object: "checkout.session" });
    const reachable = process.env.STRIPE_LOCAL_URL;
    process.env.STRIPE_LOCAL_URL = "http://127.0.0.1:9";
    resetEnvForTests();
    resetStripeForTests();
    try {
      expect((await harness.deliver(payload, signature)).status).toBe(500);
    } finally {
      process.env.STRIPE_LOCAL_URL = reachable;
      resetEnvForTests();
      resetStripeForTests();
    }
    const again = await harness.deliver(payload, signature);
    expect(await again.json()).toEqual({ received: true });
  });
});

describe("reconcileOrders", () => {
  it("fulfils a paid order whose webhook never arrived", async () => {
    const { orderId, sessionId } = await learnerWithCheckout();
    harness.local.control.setWebhookUrl("");
    harness.local.control.completeCheckout(sessionId, { method: "card", outcome: "succeed" });
    expect((await orderState(orderId)).status).toBe("PENDING");
    const { reconcileOrders } = await import("./reconcile-orders");
    const db = await getDb();
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { checkoutExpiresAt: true } });
    await reconcileOrders(new Date(order.checkoutExpiresAt!.getTime() + 5 * 60_000));
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.enrollment?.status).toBe("ACTIVE");
  });
});

describe("payment_intent events", () => {
  it("payment_intent.succeeded fulfils an order whose checkout event was lost; a repeat changes nothing", async () => {
    const { orderId, sessionId } = await learnerWithCheckout();
    harness.local.control.setWebhookUrl("");
    const { paymentIntent } = harness.local.control.completeCheckout(sessionId, { method: "card", outcome: "succeed" });
    expect((await orderState(orderId)).status).toBe("PENDING");
    const event = signedEvent("payment_intent.succeeded", { id: paymentIntent!.id, object: "payment_intent" });
    expect((await harness.deliver(event.payload, event.signature)).status).toBe(200);
    const again = signedEvent("payment_intent.succeeded", { id: paymentIntent!.id, object: "payment_intent" });
    expect((await harness.deliver(again.payload, again.signature)).status).toBe(200);
    const state = await orderState(orderId);
    expect(state.status).toBe("PAID");
    expect(state.mails.filter((subject) => subject.startsWith("报名成功"))).toHaveLength(1);
  });

  it("an event about an intent Stripe does not know is acknowledged (retrying for days would not change it) and changes no order", async () => {
    const event = signedEvent("payment_intent.canceled", { id: "pi_does_not_exist", object: "payment_intent" });
    const db = await getDb();
    const orders = await db.order.count({ where: { status: "CANCELLED" } });
    const answer = await harness.deliver(event.payload, event.signature);
    expect({ status: answer.status, body: await answer.json() }).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await db.order.count({ where: { status: "CANCELLED" } })).toBe(orders);
  });
});
