import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, sessionParams, startHarness, type Harness } from "./test-helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("checkout sessions via the real Stripe SDK", () => {
  it("creates, retrieves and lists line items", async () => {
    const created = await h.stripe.checkout.sessions.create(
      sessionParams({
        line_items: [
          { price_data: { currency: "cny", unit_amount: 100000, product_data: { name: "课程 A" } }, quantity: 2 },
          { price_data: { currency: "cny", unit_amount: 5000, product_data: { name: "讲义 B" } }, quantity: 1 },
        ],
        client_reference_id: "user_42",
        customer_email: "learner@example.com",
        metadata: { order_id: "ord_1", plan: "pro" },
        locale: "zh",
      }),
    );
    expect(created.id).toMatch(/^cs_test_a1/);
    expect(created.object).toBe("checkout.session");
    expect(created).toMatchObject({
      status: "open",
      payment_status: "unpaid",
      mode: "payment",
      currency: "cny",
      livemode: false,
      amount_subtotal: 205000,
      amount_total: 205000,
      client_reference_id: "user_42",
      locale: "zh",
      customer_email: "learner@example.com",
      metadata: { order_id: "ord_1", plan: "pro" },
      payment_intent: null,
      payment_method_types: ["card", "alipay", "wechat_pay"],
      allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
      payment_method_options: { wechat_pay: { app_id: null, client: "web" } },
    });
    expect(created.total_details?.amount_discount).toBe(0);
    expect(created.url).toBe(`${h.local.url}/c/pay/${created.id}`);
    expect(created.expires_at - created.created).toBe(24 * 3600);

    const again = await h.stripe.checkout.sessions.retrieve(created.id);
    expect(again).toEqual(created);

    const items = await h.stripe.checkout.sessions.listLineItems(created.id);
    expect(items.data.map((i) => [i.description, i.quantity, i.amount_total])).toEqual([
      ["课程 A", 2, 200000],
      ["讲义 B", 1, 5000],
    ]);
    expect(items.data[0]?.price?.unit_amount).toBe(100000);
    expect(items.data[0]?.id).toMatch(/^li_/);

    const expanded = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ["line_items"] });
    expect(expanded.line_items?.data).toHaveLength(2);
  });

  it("expands payment_intent after payment", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    await control(h.local, `checkout/${s.id}/complete`, { method: "card", outcome: "succeed" });
    const r = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent.latest_charge"] });
    const pi = r.payment_intent as Stripe.PaymentIntent;
    expect(pi.id).toMatch(/^pi_/);
    expect(pi.status).toBe("succeeded");
    expect((pi.latest_charge as Stripe.Charge).id).toMatch(/^ch_/);
    expect(r).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    const withPm = await h.stripe.paymentIntents.retrieve(pi.id, { expand: ["payment_method"] });
    expect((withPm.payment_method as Stripe.PaymentMethod).type).toBe("card");
    await expect(h.stripe.checkout.sessions.retrieve(s.id, { expand: ["nope"] })).rejects.toMatchObject({ param: "expand" });
  });

  it("applies a promotion code (discounts) and rejects mixing it with allow_promotion_codes", async () => {
    const [welcome] = (await h.stripe.promotionCodes.list({ code: "WELCOME500" })).data;
    expect(welcome?.promotion.coupon).toBe("WELCOME500");
    const s = await h.stripe.checkout.sessions.create(sessionParams({ discounts: [{ promotion_code: welcome?.id }] }));
    expect(s.amount_subtotal).toBe(199900);
    expect(s.total_details?.amount_discount).toBe(50000);
    expect(s.amount_total).toBe(149900);
    expect(s.discounts).toEqual([{ coupon: "WELCOME500", promotion_code: welcome?.id }]);

    const [early] = (await h.stripe.promotionCodes.list({ code: "earlybird10" })).data;
    const s2 = await h.stripe.checkout.sessions.create(sessionParams({ discounts: [{ promotion_code: early?.id }] }));
    expect(s2.amount_total).toBe(199900 - 19990);

    await expect(
      h.stripe.checkout.sessions.create(sessionParams({ allow_promotion_codes: true, discounts: [{ promotion_code: welcome?.id }] })),
    ).rejects.toMatchObject({ type: "StripeInvalidRequestError", code: "parameters_exclusive" });
  });

  it("validates expires_at (30 min .. 24 h), wechat_pay client and required params", async () => {
    const now = h.local.control.clock().now;
    const ok = await h.stripe.checkout.sessions.create(sessionParams({ expires_at: now + 31 * 60 }));
    expect(ok.expires_at).toBe(now + 31 * 60);
    const tooLate = h.stripe.checkout.sessions.create(sessionParams({ expires_at: now + 25 * 3600 }));
    await expect(tooLate).rejects.toMatchObject({
      statusCode: 400,
      param: "expires_at",
      message: "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
    });
    const tooSoon = h.stripe.checkout.sessions.create(sessionParams({ expires_at: now + 10 * 60 }));
    await expect(tooSoon).rejects.toMatchObject({ param: "expires_at" });

    const noClient = h.stripe.checkout.sessions.create(sessionParams({ payment_method_options: {} }));
    await expect(noClient).rejects.toMatchObject({ param: "payment_method_options[wechat_pay][client]", code: "parameter_missing" });
    // Removed from Checkout Session create in 2026-09-30.endive (changelog "Removes the payment
    // method types parameter from Checkout Sessions"): only allowed_payment_method_types remains.
    const legacy = { ...sessionParams(), allowed_payment_method_types: undefined, payment_method_types: ["alipay"] };
    const viaLegacy = h.stripe.checkout.sessions.create(legacy as Stripe.Checkout.SessionCreateParams);
    await expect(viaLegacy).rejects.toMatchObject({ code: "parameter_unknown", param: "payment_method_types" });
    const dynamic = await h.stripe.checkout.sessions.create({ ...sessionParams(), allowed_payment_method_types: undefined, payment_method_options: undefined });
    expect(dynamic.payment_method_types).toEqual(["card", "alipay", "wechat_pay"]);
    const unsupported = h.stripe.checkout.sessions.create(sessionParams({ allowed_payment_method_types: ["card", "paypal"] }));
    await expect(unsupported).rejects.toMatchObject({ param: "allowed_payment_method_types[1]" });

    const noAmount = h.stripe.checkout.sessions.create({
      mode: "payment",
      success_url: "https://x.example/ok",
      line_items: [{ price_data: { currency: "cny", product_data: { name: "x" } }, quantity: 1 }],
    });
    await expect(noAmount).rejects.toMatchObject({
      code: "parameter_missing",
      param: "line_items[0][price_data][unit_amount]",
      message: "Missing required param: line_items[0][price_data][unit_amount].",
    });
    const unknown = h.stripe.checkout.sessions.create({ ...sessionParams(), bogus: "1" } as Stripe.Checkout.SessionCreateParams);
    await expect(unknown).rejects.toMatchObject({ code: "parameter_unknown", param: "bogus" });
  });

  it("expires an open session once; expiring again is a 400 like Stripe", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    const expired = await h.stripe.checkout.sessions.expire(s.id);
    expect(expired).toMatchObject({ status: "expired", url: null });
    const err = await h.stripe.checkout.sessions.expire(s.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((err as Stripe.errors.StripeError).statusCode).toBe(400);
    expect((err as Stripe.errors.StripeError).message).toBe(
      'Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of `expired`.',
    );
    const events = await h.stripe.events.list({ type: "checkout.session.expired" });
    expect(events.data.some((e) => (e.data.object as Stripe.Checkout.Session).id === s.id)).toBe(true);
  });

  it("expires sessions automatically when the clock passes expires_at", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    await control(h.local, "clock/advance", { seconds: 24 * 3600 + 1 });
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).status).toBe("expired");
  });

  it("answers unknown ids with 404 resource_missing in Stripe's error shape", async () => {
    const err = (await h.stripe.checkout.sessions.retrieve("cs_test_nope").catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err).toMatchObject({ statusCode: 404, code: "resource_missing", param: "session", message: "No such checkout.session: 'cs_test_nope'" });
    const raw = await fetch(`${h.local.url}/v1/payment_intents/pi_nope`, { headers: { Authorization: "Bearer sk_test_x" } });
    expect(raw.status).toBe(404);
    const body = (await raw.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({
      type: "invalid_request_error",
      code: "resource_missing",
      param: "intent",
      message: "No such payment_intent: 'pi_nope'",
    });
    expect(Object.keys(body.error).sort()).toEqual(["code", "doc_url", "message", "param", "type"]);
  });

  it("requires a sk_test_ key (401 otherwise)", async () => {
    const none = await fetch(`${h.local.url}/v1/customers/cus_x`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { type: string; message: string } }).error).toMatchObject({
      type: "invalid_request_error",
      message: expect.stringContaining("You did not provide an API key"),
    });
    const live = new Stripe("sk_live_abcdefghijklmnop", { host: "127.0.0.1", port: h.local.port, protocol: "http" });
    await expect(live.customers.create({ email: "a@b.c" })).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("replays idempotent requests and rejects reused keys with other params", async () => {
    const key = `idem-${Date.now()}`;
    const a = await h.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    const b = await h.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const conflict = await h.stripe.checkout.sessions.create(sessionParams({ client_reference_id: "other" }), { idempotencyKey: key }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(conflict).toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
    expect((conflict as Error).message).toContain("Keys for idempotent requests can only be used with the same parameters");
    const sessions = await h.stripe.checkout.sessions.list({ limit: 100 });
    expect(sessions.data.filter((s) => s.id === a.id)).toHaveLength(1);
  });

  it("creates and retrieves customers, coupons and promotion codes", async () => {
    const c = await h.stripe.customers.create({ email: "c@example.com", name: "张三", metadata: { uid: "7" } });
    expect(c.id).toMatch(/^cus_/);
    expect(await h.stripe.customers.retrieve(c.id)).toMatchObject({ email: "c@example.com", name: "张三" });
    const coupon = await h.stripe.coupons.create({ id: "SPRING20", percent_off: 20, duration: "once" });
    expect(coupon).toMatchObject({ id: "SPRING20", percent_off: 20, valid: true, times_redeemed: 0 });
    const promo = await h.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: "SPRING20" }, code: "SPRING20", max_redemptions: 1 });
    expect(promo).toMatchObject({ code: "SPRING20", active: true, max_redemptions: 1, promotion: { coupon: "SPRING20", type: "coupon" } });
    expect((await h.stripe.promotionCodes.retrieve(promo.id)).id).toBe(promo.id);
    const s = await h.stripe.checkout.sessions.create(sessionParams({ discounts: [{ promotion_code: promo.id }] }));
    await control(h.local, `checkout/${s.id}/complete`, { method: "alipay", outcome: "succeed" });
    expect((await h.stripe.promotionCodes.retrieve(promo.id)).times_redeemed).toBe(1);
    await expect(h.stripe.checkout.sessions.create(sessionParams({ discounts: [{ promotion_code: promo.id }] }))).rejects.toMatchObject({
      param: "discounts[0][promotion_code]",
    });
  });
});
