import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { decideRefund } from "../../lib/refunds/decide-refund";
import { requestRefund } from "../../lib/refunds/request-refund";
import { readCohortTotals } from "../../lib/ledger/cohort-totals";
import { parseLedgerFilters } from "../../lib/ledger/ledger-filters";
import { testActor } from "../support/actors";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { createPaidLearner } from "../support/paid-learner";
import { usePaymentsHarness } from "../support/use-payments-harness";

const harness = usePaymentsHarness();

describe("Stripe's fees", () => {
  it("are stored per paid order from its balance transaction, kept when the payment is refunded, and the ledger's net subtracts them", async () => {
    const { cohortId } = await createTestCohort();
    const [card, wallet, ops] = (await createTestUsers(3, "fees")) as [string, string, string];
    const byCard = await createPaidLearner(harness, card, cohortId, "card");
    const byWallet = await createPaidLearner(harness, wallet, cohortId, "alipay");
    const db = await getDb();
    const fee = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeFeeFen: true } })).stripeFeeFen;
    // What the stand-in's balance transactions say (Stripe's own figure is what gets stored).
    const txnFee = async (paymentIntentId: string) => {
      const intent = await harness.stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge.balance_transaction"] });
      return (intent.latest_charge as { balance_transaction: { fee: number } }).balance_transaction.fee;
    };
    expect(await fee(byCard.orderId)).toBe(await txnFee(byCard.paymentIntentId));
    expect(await fee(byWallet.orderId)).toBe(await txnFee(byWallet.paymentIntentId));
    expect(await fee(byCard.orderId)).toBeGreaterThan(0);

    const { requestId } = await requestRefund({ userId: wallet, orderId: byWallet.orderId, reason: "不参加了，全额退款" });
    await decideRefund(testActor(ops, "STAFF"), requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: true, note: null });
    await harness.local.control.idle(15_000);
    const feeCard = (await fee(byCard.orderId))!;
    const feeWallet = (await fee(byWallet.orderId))!;
    const { page: _page, ...filters } = parseLedgerFilters({ cohortId });
    const totals = await readCohortTotals(testActor(ops, "STAFF"), filters);
    expect(totals.sum).toMatchObject({ grossFen: 4_599_800, refundedFen: 2_299_900, feesFen: feeCard + feeWallet, netFen: 2_299_900 - feeCard - feeWallet });
  });
});
