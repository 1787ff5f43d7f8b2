import Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { signPayload } from "./webhooks";
import { control, sessionParams, startHarness, types, WEBHOOK_SECRET, type Harness } from "./test-helpers";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliveries are read field by field in assertions
async function deliveries(harness: Harness, query = ""): Promise<any[]> {
  const res = await fetch(`${harness.local.url}/_control/deliveries${query}`);
  return (await res.json()).data;
}

describe("webhook delivery", () => {
  it("signs like Stripe: t=<ts>,v1=HMAC-SHA256(secret, `${t}.${payload}`)", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "x" });
    const header = signPayload(payload, WEBHOOK_SECRET, Math.floor(Date.now() / 1000));
    const event = new Stripe("sk_test_x").webhooks.constructEvent(payload, header, WEBHOOK_SECRET);
    expect(event.id).toBe("evt_1");
    expect(() => new Stripe("sk_test_x").webhooks.constructEvent(payload, header, "whsec_wrong")).toThrow();
  });

  it("retries with exponential backoff when the receiver answers 500 first", async () => {
    h = await startHarness({ retryScale: 0.05 });
    h.receiver.respond = (n) => (n <= 2 ? 500 : 200);
    const c = await h.stripe.customers.create({ email: "retry@example.com" });
    await h.local.control.idle();
    const [d] = await deliveries(h);
    expect(d).toMatchObject({ event_type: "customer.created", status: "succeeded" });
    expect(d.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 500, 200]);
    const gap1 = d.attempts[1].at - d.attempts[0].at;
    const gap2 = d.attempts[2].at - d.attempts[1].at;
    expect(gap1).toBeGreaterThanOrEqual(45); // 1 s x 0.05
    expect(gap2).toBeGreaterThanOrEqual(95); // 2 s x 0.05
    expect(h.receiver.received.map((r) => (r.event?.data.object as Stripe.Customer).id)).toEqual([c.id, c.id, c.id]);
    const event = await h.stripe.events.retrieve(d.event_id as string);
    expect(event.pending_webhooks).toBe(0);
  });

  it("gives up after maxDeliveryAttempts and retries network errors", async () => {
    h = await startHarness({ maxDeliveryAttempts: 3, retryScale: 0.001 });
    h.receiver.respond = () => 503;
    await h.stripe.customers.create({ email: "fail@example.com" });
    await h.local.control.idle();
    const [d] = await deliveries(h, "?type=customer.created");
    expect(d.status).toBe("failed");
    expect(d.attempts).toHaveLength(3);
    expect((await h.stripe.events.retrieve(d.event_id as string)).pending_webhooks).toBe(0);

    await control(h.local, "webhook", { url: "http://127.0.0.1:9/unreachable" });
    await h.stripe.customers.create({ email: "net@example.com" });
    await h.local.control.idle();
    const [n] = (await deliveries(h, "?type=customer.created")).slice(-1);
    expect(n.status).toBe("failed");
    expect(n.attempts[0].error).toBeTruthy();
  });

  it("redelivers and duplicates events on request", async () => {
    h = await startHarness();
    const c = await h.stripe.customers.create({ email: "dup@example.com" });
    await h.local.control.idle();
    const [evt] = (await h.stripe.events.list({ type: "customer.created" })).data;
    expect((evt?.data.object as Stripe.Customer).id).toBe(c.id);
    expect((await control(h.local, `events/${evt?.id}/duplicate`)).json.data).toHaveLength(2);
    expect((await control(h.local, `events/${evt?.id}/redeliver`)).json.kind).toBe("redelivery");
    await h.local.control.idle();
    const ids = h.receiver.received.map((r) => r.event?.id);
    expect(ids).toEqual([evt?.id, evt?.id, evt?.id, evt?.id]);
    expect(h.receiver.received.every((r) => r.verifyError === null)).toBe(true);
    expect((await control(h.local, "events/evt_missing/redeliver")).status).toBe(404);
  });

  it("holds deliveries and releases them in a chosen order", async () => {
    h = await startHarness();
    expect((await control(h.local, "deliveries/hold")).json.held).toBe(true);
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "succeed" });
    const held = await deliveries(h, "?status=held");
    expect(held.map((d) => d.event_type)).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]);
    expect(h.receiver.received).toHaveLength(0);
    const completed = held[3].event_id as string;
    const succeeded = held[2].event_id as string;
    const released = await control(h.local, "deliveries/release", { order: [completed, succeeded] });
    expect(released.json.released).toHaveLength(4);
    await h.local.control.idle();
    expect(types(h.receiver.received)).toEqual(["checkout.session.completed", "payment_intent.succeeded", "payment_intent.created", "charge.succeeded"]);

    h.receiver.received.length = 0;
    await control(h.local, "deliveries/hold");
    await h.stripe.customers.create({ email: "a@example.com" });
    await h.stripe.customers.create({ email: "b@example.com" });
    await control(h.local, "deliveries/release", { order: "reverse" });
    await h.local.control.idle();
    expect(h.receiver.received.map((r) => (r.event?.data.object as Stripe.Customer).email)).toEqual(["b@example.com", "a@example.com"]);
  });

  it("control endpoints: list, clock, reset", async () => {
    h = await startHarness();
    const index = (await (await fetch(`${h.local.url}/_control`)).json()) as { endpoints: string[] };
    expect(index.endpoints.some((e) => e.startsWith("POST /_control/clock/advance"))).toBe(true);
    const before = (await (await fetch(`${h.local.url}/_control/clock`)).json()) as { now: number };
    const after = (await control(h.local, "clock/advance", { seconds: 3600 })).json as { now: number; offset_ms: number };
    expect(after.now - before.now).toBeGreaterThanOrEqual(3600);
    await h.stripe.customers.create({ email: "x@example.com" });
    expect((await control(h.local, "reset")).json.reset).toBe(true);
    expect((await h.stripe.customers.list()).data).toHaveLength(0);
    expect((await h.stripe.promotionCodes.list({ code: "WELCOME500" })).data).toHaveLength(1);
    expect(h.local.control.clock().offset_ms).toBe(0);
  });
});
