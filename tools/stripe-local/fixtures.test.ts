/**
 * Shapes: every object type's top-level keys equal those of Stripe's published
 * example (fixtures/stripe-fixtures.json, from stripe/openapi, MIT), plus the
 * few fields the pinned SDK (stripe 23.1.0) types as required but the older
 * fixture lacks (EXTRA below).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseForm } from "./form";
import { startStripeLocal } from "./server";
import { control, sessionParams, startHarness, type Harness } from "./test-helpers";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/stripe-fixtures.json", import.meta.url), "utf8")) as {
  source: string;
  resources: Record<string, Record<string, unknown>>;
};
const keys = (o: unknown) => Object.keys(o as object).sort();
const EXTRA: Record<string, string[]> = {
  "checkout.session": ["allowed_payment_method_types"],
  payment_intent: ["allowed_payment_method_types", "payment_record"],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function raw(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${h.local.url}${path}`, { headers: { Authorization: "Bearer sk_test_shapes" } });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe("object shapes match Stripe's fixtures", () => {
  it("keeps the fixture attribution", () => {
    expect(fixtures.source).toContain("MIT License");
  });

  it("checkout.session, payment_intent, charge, refund, event, customer, coupon, promotion_code", async () => {
    const customer = await h.stripe.customers.create({ email: "shape@example.com" });
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    const done = await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "succeed" });
    const piId = done.json.payment_intent.id as string;
    const pi = await raw(`/v1/payment_intents/${piId}`);
    const refund = await h.stripe.refunds.create({ payment_intent: piId, amount: 100 });
    const [promo] = (await h.stripe.promotionCodes.list({ code: "WELCOME500" })).data;
    const objects: Record<string, Record<string, unknown>> = {
      "checkout.session": await raw(`/v1/checkout/sessions/${s.id}`),
      payment_intent: pi,
      charge: await raw(`/v1/charges/${pi.latest_charge as string}`),
      refund: await raw(`/v1/refunds/${refund.id}`),
      event: ((await raw("/v1/events?limit=1")).data as Record<string, unknown>[])[0] as Record<string, unknown>,
      customer: await raw(`/v1/customers/${customer.id}`),
      coupon: await raw("/v1/coupons/WELCOME500"),
      promotion_code: await raw(`/v1/promotion_codes/${promo?.id}`),
    };
    for (const [type, fixture] of Object.entries(fixtures.resources)) {
      const ours = objects[type];
      expect(ours?.object, type).toBe(type);
      expect(keys(ours), type).toEqual([...keys(fixture), ...(EXTRA[type] ?? [])].sort());
    }
    const session = objects["checkout.session"] as Record<string, unknown>;
    expect(keys(session.total_details)).toEqual(keys(fixtures.resources["checkout.session"]?.total_details));
    expect(keys(session.customer_details)).toEqual(keys(fixtures.resources["checkout.session"]?.customer_details));
    expect(keys((objects.charge as Record<string, unknown>).refunds)).toEqual(keys(fixtures.resources.charge?.refunds));
    expect(keys((objects.event as Record<string, unknown>).request)).toEqual(keys(fixtures.resources.event?.request));
    expect(keys((objects.promotion_code as Record<string, unknown>).restrictions)).toEqual(keys(fixtures.resources.promotion_code?.restrictions));
  });
});

describe("form decoding", () => {
  it("decodes Stripe's nested bracket params", () => {
    const body =
      "line_items[0][price_data][unit_amount]=1000&line_items[0][price_data][product_data][name]=%E8%AF%BE+A" +
      "&line_items[0][quantity]=2&line_items[1][quantity]=1&expand[]=payment_intent&expand[]=line_items" +
      "&metadata[order_id]=42&discounts[0][promotion_code]=promo_1&success_url=https%3A%2F%2Fx%2F%3Fa%3D%7BCHECKOUT_SESSION_ID%7D";
    expect(parseForm(body)).toEqual({
      line_items: [{ price_data: { unit_amount: "1000", product_data: { name: "课 A" } }, quantity: "2" }, { quantity: "1" }],
      expand: ["payment_intent", "line_items"],
      metadata: { order_id: "42" },
      discounts: [{ promotion_code: "promo_1" }],
      success_url: "https://x/?a={CHECKOUT_SESSION_ID}",
    });
  });
});

describe("persistence (STRIPE_LOCAL_STATE)", () => {
  it("reloads objects, events and the clock offset from the state file", async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), "stripe-local-")), "state.json");
    const first = await startStripeLocal({ port: 0, webhookUrl: "", statePath, log: () => {} });
    const res = await fetch(`${first.url}/v1/customers`, {
      method: "POST",
      headers: { Authorization: "Bearer sk_test_p", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=persist%40example.com",
    });
    const { id } = (await res.json()) as { id: string };
    first.control.advanceClock(3600);
    await first.close();
    const second = await startStripeLocal({ port: 0, webhookUrl: "", statePath, log: () => {} });
    const again = await fetch(`${second.url}/v1/customers/${id}`, { headers: { Authorization: "Bearer sk_test_p" } });
    expect(((await again.json()) as { email: string }).email).toBe("persist@example.com");
    expect(second.control.clock().offset_ms).toBe(3_600_000);
    const promos = await fetch(`${second.url}/v1/promotion_codes?code=WELCOME500`, { headers: { Authorization: "Bearer sk_test_p" } });
    expect(((await promos.json()) as { data: unknown[] }).data).toHaveLength(1);
    await second.close();
  });
});
