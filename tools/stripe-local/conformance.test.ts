/**
 * Conformance: the same assertions against the stand-in (always) and against Stripe's test mode
 * when STRIPE_SECRET_KEY=sk_test_… is set (skipped otherwise, and saying so). The day someone has
 * a key, `STRIPE_SECRET_KEY=sk_test_… npx vitest run tools/stripe-local/conformance` shows
 * where the stand-in and Stripe differ. Only what both can do without a browser is covered:
 * Checkout Sessions (create, retrieve, expire), idempotent requests, errors' shapes.
 */
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeLocal, type StripeLocal } from "./server";

const liveKey = process.env.STRIPE_SECRET_KEY?.startsWith("sk_test_") ? process.env.STRIPE_SECRET_KEY : undefined;
let local: StripeLocal;
beforeAll(async () => {
  local = await startStripeLocal({ port: 0, webhookUrl: "", log: () => {} });
});
afterAll(async () => {
  await local.close();
});

const targets: { name: string; client: () => Stripe; enabled: boolean }[] = [
  { name: "stripe-local", client: () => new Stripe("sk_test_conformance", { host: "127.0.0.1", port: local.port, protocol: "http" }), enabled: true },
  { name: "Stripe test mode", client: () => new Stripe(liveKey ?? "sk_test_unset"), enabled: liveKey !== undefined },
];
if (!liveKey) console.log("[conformance] STRIPE_SECRET_KEY=sk_test_… is not set: only the stand-in is checked; Stripe's test mode is skipped.");

const sessionParams = (): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [{ quantity: 1, price_data: { currency: "cny", unit_amount: 2_299_900, product_data: { name: "第13期 AI 训练师" } } }],
  allowed_payment_method_types: ["card", "alipay"],
  customer_email: "conformance@example.com",
  client_reference_id: `order_${randomUUID()}`,
  metadata: { orderId: "order_conformance" },
  success_url: "https://example.com/done",
  cancel_url: "https://example.com/cancel",
  expires_at: Math.floor(Date.now() / 1000) + 31 * 60,
});

for (const target of targets) {
  describe.skipIf(!target.enabled)(`Stripe API conformance: ${target.name}`, () => {
    it("creates an open CNY Checkout Session whose payment_method_types are within what was allowed, unpaid, with our reference", async () => {
      const stripe = target.client();
      const params = sessionParams();
      const session = await stripe.checkout.sessions.create(params);
      expect(session).toMatchObject({
        object: "checkout.session",
        mode: "payment",
        status: "open",
        payment_status: "unpaid",
        currency: "cny",
        amount_total: 2_299_900,
        client_reference_id: params.client_reference_id,
        metadata: { orderId: "order_conformance" },
      });
      expect(session.url).toMatch(/^https?:\/\//);
      expect(["card", "alipay"]).toEqual(expect.arrayContaining(session.payment_method_types));
      const again = await stripe.checkout.sessions.retrieve(session.id);
      expect(again.id).toBe(session.id);
    });

    it("replays an idempotent request with the same key and refuses the key with other parameters", async () => {
      const stripe = target.client();
      const key = `conformance-${randomUUID()}`;
      const params = sessionParams();
      const first = await stripe.checkout.sessions.create(params, { idempotencyKey: key });
      const second = await stripe.checkout.sessions.create(params, { idempotencyKey: key });
      expect(second.id).toBe(first.id);
      const other = stripe.checkout.sessions.create({ ...params, customer_email: "other@example.com" }, { idempotencyKey: key });
      await expect(other).rejects.toMatchObject({ type: "StripeIdempotencyError" });
    });

    it("expires an open session once; expiring it again is an invalid request", async () => {
      const stripe = target.client();
      const session = await stripe.checkout.sessions.create(sessionParams());
      const expired = await stripe.checkout.sessions.expire(session.id);
      expect(expired).toMatchObject({ status: "expired", url: null });
      await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400 });
    });

    it("answers a missing object with 404 resource_missing", async () => {
      const stripe = target.client();
      await expect(stripe.checkout.sessions.retrieve("cs_test_does_not_exist")).rejects.toMatchObject({
        type: "StripeInvalidRequestError",
        statusCode: 404,
        code: "resource_missing",
      });
      await expect(stripe.paymentIntents.retrieve("pi_does_not_exist")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
    });

    it("refuses an expires_at sooner than 30 minutes", async () => {
      const stripe = target.client();
      await expect(stripe.checkout.sessions.create({ ...sessionParams(), expires_at: Math.floor(Date.now() / 1000) + 10 * 60 })).rejects.toMatchObject({
        type: "StripeInvalidRequestError",
        statusCode: 400,
      });
    });
  });
}
