import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { startCheckout } from "../../lib/orders/start-checkout";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { usePaymentsHarness } from "../support/use-payments-harness";
import { readMethodAvailability } from "../../lib/stripe/read-method-availability";

const harness = usePaymentsHarness();

async function checkout() {
  const { cohortId } = await createTestCohort();
  const [learner] = (await createTestUsers(1, "methods")) as [string];
  const hold = await holdSeat({ userId: learner, cohortId });
  const { orderId } = await startCheckout({ userId: learner, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  return db.order.findUniqueOrThrow({ where: { id: orderId }, select: { offeredMethods: true, stripeCheckoutSessionId: true } });
}

describe("payment methods the account cannot offer", () => {
  it("are dropped by Checkout without an error; the site records what was offered and says what is missing", async () => {
    expect((await checkout()).offeredMethods).toEqual(["card", "alipay", "wechat_pay"]);
    expect((await readMethodAvailability()).missing).toEqual([]);
    harness.local.control.setUnavailableMethods(["wechat_pay"]);
    try {
      const order = await checkout();
      expect(order.offeredMethods).toEqual(["card", "alipay"]);
      expect((await harness.stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId!)).payment_method_types).toEqual(["card", "alipay"]);
      expect(await readMethodAvailability()).toMatchObject({ offered: ["card", "alipay"], missing: ["wechat_pay"] });
    } finally {
      harness.local.control.setUnavailableMethods([]);
    }
  });
});
