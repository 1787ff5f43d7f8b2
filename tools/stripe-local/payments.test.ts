import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { control, sessionParams, startHarness, types, waitFor, type Harness } from "./test-helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.local.control.idle();
  h.receiver.received.length = 0;
});
afterAll(() => h.close());

const forSession = (id: string) => h.receiver.received.filter((r) => JSON.stringify(r.event?.data.object).includes(id));

async function paidSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}, method = "card") {
  const s = await h.stripe.checkout.sessions.create(sessionParams(extra));
  const res = await control(h.local, `checkout/${s.id}/complete`, { method, outcome: "succeed" });
  expect(res.status).toBe(200);
  const pi = await h.stripe.paymentIntents.retrieve(res.json.payment_intent.id as string);
  return { session: s, pi };
}

describe("checkout completion, webhooks and payment lifecycle", () => {
  it("completes via control and delivers signed webhooks the real SDK accepts", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams({ metadata: { order_id: "o1" } }));
    const res = await control(h.local, `checkout/${s.id}/complete`, { method: "wechat_pay", outcome: "succeed", email: "w@example.com" });
    expect(res.status).toBe(200);
    await h.local.control.idle();
    const got = forSession(s.id);
    expect(got.every((r) => r.verifyError === null)).toBe(true);
    expect(got[0]?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const completed = got.find((r) => r.event?.type === "checkout.session.completed")?.event;
    const obj = completed?.data.object as Stripe.Checkout.Session;
    expect(obj).toMatchObject({ id: s.id, status: "complete", payment_status: "paid", metadata: { order_id: "o1" } });
    expect(obj.customer_details?.email).toBe("w@example.com");
    expect(completed).toMatchObject({ object: "event", livemode: false, api_version: Stripe.API_VERSION, request: { id: null, idempotency_key: null } });
    expect(completed?.id).toMatch(/^evt_/);
    const pi = await h.stripe.paymentIntents.retrieve(obj.payment_intent as string);
    const charge = await h.stripe.charges.retrieve(pi.latest_charge as string);
    expect(charge.payment_method_details?.type).toBe("wechat_pay");
    expect(types(h.receiver.received)).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]);
    const stored = await h.stripe.events.retrieve(completed?.id as string);
    expect(stored.pending_webhooks).toBe(0);
  });

  it("leaves the session open and payable after a declined card", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    const declined = await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "decline" });
    expect(declined.status).toBe(402);
    expect(declined.json.error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    });
    const open = await h.stripe.checkout.sessions.retrieve(s.id);
    expect(open).toMatchObject({ status: "open", payment_status: "unpaid" });
    const pi = await h.stripe.paymentIntents.retrieve(open.payment_intent as string);
    expect(pi.status).toBe("requires_payment_method");
    expect(pi.last_payment_error?.code).toBe("card_declined");
    const ok = await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "succeed" });
    expect(ok.json.payment_intent.id).toBe(pi.id);
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).payment_status).toBe("paid");
    await h.local.control.idle();
    expect(types(forSession(pi.id))).toEqual(expect.arrayContaining(["charge.failed", "payment_intent.payment_failed", "payment_intent.succeeded"]));
  });

  it("async wallet payments: completed unpaid, then async_payment_succeeded / _failed", async () => {
    const ok = await h.stripe.checkout.sessions.create(sessionParams());
    const bad = await h.stripe.checkout.sessions.create(sessionParams());
    await control(h.local, `checkout/${ok.id}/complete`, { method: "alipay", outcome: "async_success" });
    await control(h.local, `checkout/${bad.id}/complete`, { method: "wechat_pay", outcome: "async_failure" });
    const pending = await h.stripe.checkout.sessions.retrieve(ok.id, { expand: ["payment_intent"] });
    expect(pending).toMatchObject({ status: "complete", payment_status: "unpaid" });
    expect((pending.payment_intent as Stripe.PaymentIntent).status).toBe("processing");
    await control(h.local, "clock/advance", { seconds: 10 });
    expect(await h.stripe.checkout.sessions.retrieve(ok.id)).toMatchObject({ status: "complete", payment_status: "paid" });
    expect(await h.stripe.checkout.sessions.retrieve(bad.id)).toMatchObject({ status: "complete", payment_status: "unpaid" });
    await h.local.control.idle();
    expect(types(forSession(ok.id))).toEqual(expect.arrayContaining(["checkout.session.completed", "checkout.session.async_payment_succeeded"]));
    expect(types(forSession(bad.id))).toEqual(expect.arrayContaining(["checkout.session.completed", "checkout.session.async_payment_failed"]));
    const card = await h.stripe.checkout.sessions.create(sessionParams());
    expect((await control(h.local, `checkout/${card.id}/complete`, { method: "card", outcome: "async_success" })).status).toBe(400);
  });

  it("manual capture: authorize, partially capture with amount_to_capture, refund the rest", async () => {
    const { pi } = await paidSession({ payment_intent_data: { capture_method: "manual", metadata: { k: "v" } } });
    expect(pi).toMatchObject({ status: "requires_capture", amount: 199900, amount_capturable: 199900, capture_method: "manual", metadata: { k: "v" } });
    const tooMuch = await h.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 300000 }).catch((e: unknown) => e);
    expect(tooMuch).toMatchObject({ code: "amount_too_large", param: "amount_to_capture" });
    const captured = await h.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 150000 });
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 150000, amount_capturable: 0 });
    const charge = await h.stripe.charges.retrieve(captured.latest_charge as string);
    // Since 2025-03-31.basil a partial capture creates no refund and leaves amount_refunded alone.
    expect(charge).toMatchObject({ captured: true, amount_captured: 150000, amount_refunded: 0, refunded: false });
    expect((await h.stripe.refunds.list({ payment_intent: pi.id })).data).toEqual([]);
    const again = await h.stripe.paymentIntents.capture(pi.id).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "payment_intent_unexpected_state", statusCode: 400 });
    await h.local.control.idle();
    expect(types(h.receiver.received)).toEqual(
      expect.arrayContaining(["payment_intent.amount_capturable_updated", "charge.captured", "payment_intent.succeeded"]),
    );
  });

  it("payment_method_options[card][capture_method]=manual authorizes cards only; wallets are charged at once", async () => {
    const options = {
      payment_method_options: { card: { capture_method: "manual" as const }, wechat_pay: { client: "web" as const } },
      allowed_payment_method_types: ["card" as const, "alipay" as const, "wechat_pay" as const],
    };
    const { pi: card } = await paidSession(options, "card");
    expect(card).toMatchObject({ status: "requires_capture", capture_method: "manual", amount_capturable: 199900 });
    const { pi: alipay } = await paidSession(options, "alipay");
    expect(alipay).toMatchObject({ status: "succeeded", capture_method: "automatic", amount_received: 199900 });
  });

  it("cancels an authorization (cancellation_reason) but not a succeeded payment", async () => {
    const { pi } = await paidSession({ payment_intent_data: { capture_method: "manual" } });
    const canceled = await h.stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "requested_by_customer" });
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "requested_by_customer", amount_capturable: 0 });
    expect(canceled.canceled_at).toBeTypeOf("number");
    // Cancelling creates no refund: amount_refunded stays 0, refunded stays false, amount_captured is 0.
    expect(await h.stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({ refunded: false, amount_refunded: 0, amount_captured: 0 });
    const { pi: done } = await paidSession();
    await expect(h.stripe.paymentIntents.cancel(done.id)).rejects.toMatchObject({ code: "payment_intent_unexpected_state" });
  });

  it("replays the saved error of an idempotent request whose execution began, but not a validation error", async () => {
    const { pi } = await paidSession({ payment_intent_data: { capture_method: "manual" } });
    await h.stripe.paymentIntents.cancel(pi.id);
    const capture = (key: string, body = "") =>
      fetch(`${h.local.url}/v1/payment_intents/${pi.id}/capture`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_x", "idempotency-key": key, "content-type": "application/x-www-form-urlencoded" },
        body,
      });
    const first = await capture("capture-after-cancel");
    expect(first.status).toBe(400);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await capture("capture-after-cancel");
    expect(again.status).toBe(400);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    // A parameter that fails validation saves nothing: the same key runs again.
    const invalid = await capture("bad-param", "bogus=1");
    expect(invalid.status).toBe(400);
    expect((await capture("bad-param", "bogus=1")).headers.get("idempotent-replayed")).toBeNull();
  });

  it("expires uncaptured authorizations after 7 days of clock time", async () => {
    const { pi } = await paidSession({ payment_intent_data: { capture_method: "manual" } });
    await control(h.local, "clock/advance", { seconds: 6 * 24 * 3600 });
    expect((await h.stripe.paymentIntents.retrieve(pi.id)).status).toBe("requires_capture");
    await control(h.local, "clock/advance", { seconds: 24 * 3600 + 1 });
    const expired = await h.stripe.paymentIntents.retrieve(pi.id);
    // Authorization expiry's reason is `expired` (it replaced `automatic` in 2025-03-31.basil).
    expect(expired).toMatchObject({ status: "canceled", cancellation_reason: "expired" });
    await h.local.control.idle();
    const evt = h.receiver.received.find((r) => r.event?.type === "payment_intent.canceled")?.event;
    expect((evt?.data.object as Stripe.PaymentIntent).id).toBe(pi.id);
    expect(types(h.receiver.received)).toContain("charge.expired");
  });

  it("refunds: partial, full remainder, then over-refund errors", async () => {
    const { pi } = await paidSession();
    const partial = await h.stripe.refunds.create({ payment_intent: pi.id, amount: 50000, reason: "requested_by_customer", metadata: { why: "test" } });
    expect(partial).toMatchObject({
      object: "refund",
      amount: 50000,
      status: "succeeded",
      payment_intent: pi.id,
      reason: "requested_by_customer",
      currency: "cny",
    });
    expect(partial.id).toMatch(/^re_/);
    let charge = await h.stripe.charges.retrieve(pi.latest_charge as string);
    expect(charge).toMatchObject({ amount_refunded: 50000, refunded: false });

    const over = (await h.stripe.refunds.create({ charge: charge.id, amount: 200000 }).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(over).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(over).toMatchObject({
      statusCode: 400,
      param: "amount",
      message: "Refund amount (¥2,000.00) is greater than unrefunded amount on charge (¥1,499.00)",
    });
    expect(over.code).toBeUndefined();

    const rest = await h.stripe.refunds.create({ charge: charge.id });
    expect(rest.amount).toBe(149900);
    charge = await h.stripe.charges.retrieve(charge.id);
    expect(charge).toMatchObject({ amount_refunded: 199900, refunded: true });
    expect((await h.stripe.refunds.retrieve(rest.id)).charge).toBe(charge.id);
    await expect(h.stripe.refunds.create({ payment_intent: pi.id, amount: 1 })).rejects.toMatchObject({ code: "charge_already_refunded" });

    await h.local.control.idle();
    const refundedEvents = h.receiver.received.filter((r) => r.event?.type === "charge.refunded");
    expect(refundedEvents).toHaveLength(2);
    expect(types(h.receiver.received).filter((t) => t === "refund.created")).toHaveLength(2);
    const listed = await h.stripe.events.list({ type: "refund.created", limit: 2 });
    expect(listed.data.map((e) => (e.data.object as Stripe.Refund).id)).toEqual([rest.id, partial.id]);
    expect(listed.data[0]?.request?.id).toMatch(/^req_/);
  });

  it("no_payment_required when a coupon covers everything", async () => {
    const coupon = await h.stripe.coupons.create({ percent_off: 100, duration: "once" });
    const s = await h.stripe.checkout.sessions.create(sessionParams({ discounts: [{ coupon: coupon.id }] }));
    expect(s.amount_total).toBe(0);
    await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "succeed" });
    const done = await h.stripe.checkout.sessions.retrieve(s.id);
    expect(done).toMatchObject({ status: "complete", payment_status: "no_payment_required", payment_intent: null });
    await waitFor(() => forSession(s.id).length > 0);
  });
});
