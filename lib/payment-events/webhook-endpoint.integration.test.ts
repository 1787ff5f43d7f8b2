import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { testWebhookSecret } from "../../test/support/stripe-harness";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { claimStripeEvent } from "../stripe/record-stripe-event";

const harness = usePaymentsHarness();

const sign = (payload: string) => harness.stripe.webhooks.generateTestHeaderString({ payload, secret: testWebhookSecret });
const eventId = () => `evt_test_${Math.random().toString(36).slice(2)}`;

describe("the Stripe webhook endpoint", () => {
  it("claims an event once among ten concurrent copies", async () => {
    const id = eventId();
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimStripeEvent(id, "checkout.session.completed")));
    expect(claims.filter((claim) => claim === "claimed")).toHaveLength(1);
    expect(claims.filter((claim) => claim === "inProgress")).toHaveLength(9);
  });

  it("answers 400 to validly signed payloads that are not events, and 413 to a body over 1 MB, writing nothing", async () => {
    for (const payload of [
      "null",
      "[]",
      "42",
      JSON.stringify({ id: eventId(), type: "charge.refunded", data: {} }),
      JSON.stringify({ id: eventId(), type: "charge.refunded" }),
    ]) {
      const answer = await harness.deliver(payload, sign(payload));
      expect(answer.status, payload).toBe(400);
    }
    const huge = JSON.stringify({ id: eventId(), type: "charge.refunded", data: { object: { id: "ch_x", padding: "x".repeat(1_100_000) } } });
    expect((await harness.deliver(huge, sign(huge))).status).toBe(413);
    const db = await getDb();
    expect(await db.stripeEvent.count({ where: { type: "charge.refunded", id: { startsWith: "evt_test_" } } })).toBe(0);
  });

  it("acknowledges an event about an object Stripe does not know, records why, and does not ask for a retry", async () => {
    const id = eventId();
    const payload = JSON.stringify({
      id,
      object: "event",
      type: "checkout.session.completed",
      data: { object: { id: "cs_test_does_not_exist", object: "checkout.session" } },
    });
    const answer = await harness.deliver(payload, sign(payload));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ignored: true });
    const db = await getDb();
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id }, select: { outcome: true, processedAt: true } })).toMatchObject({
      outcome: expect.stringMatching(/^ignored: /),
      processedAt: expect.any(Date),
    });
  });
});
