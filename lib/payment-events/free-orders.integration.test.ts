import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { startCheckout } from "../orders/start-checkout";

const harness = usePaymentsHarness();

describe("free orders", () => {
  it("a 100 %-off promotion code completes with no_payment_required and no PaymentIntent: the learner is enrolled, ¥0 recorded", async () => {
    await harness.stripe.coupons.create({ id: "SCHOLARSHIP100", percent_off: 100, duration: "once" });
    await harness.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: "SCHOLARSHIP100" }, code: "SCHOLARSHIP" });
    const { cohortId } = await createTestCohort();
    const [learner] = (await createTestUsers(1, "scholar")) as [string];
    const hold = await holdSeat({ userId: learner, cohortId });
    const { orderId } = await startCheckout({ userId: learner, holdId: hold.holdId, locale: "zh" });
    const db = await getDb();
    const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
    // The learner types the code on Stripe's page.
    const applied = await fetch(`${harness.local.url}/c/pay/${stripeCheckoutSessionId}/promotion_code`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "action=apply&promotion_code=SCHOLARSHIP",
      redirect: "manual",
    });
    expect(applied.status).toBe(303);
    harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
    await harness.local.control.idle(15_000);

    const session = await harness.stripe.checkout.sessions.retrieve(stripeCheckoutSessionId!);
    expect({ paymentStatus: session.payment_status, paymentIntent: session.payment_intent, total: session.amount_total }).toEqual({
      paymentStatus: "no_payment_required",
      paymentIntent: null,
      total: 0,
    });
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        status: true,
        amountFen: true,
        discountFen: true,
        promotionCode: true,
        enrollment: { select: { status: true } },
        account: { select: { agreedPriceFen: true } },
      },
    });
    expect(order).toEqual({
      status: "PAID",
      amountFen: 0,
      discountFen: 2_299_900,
      promotionCode: "SCHOLARSHIP",
      enrollment: { status: "ACTIVE" },
      account: { agreedPriceFen: 0 },
    });
  });
});
