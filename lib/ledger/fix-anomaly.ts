import "server-only";
import type { TSessionUser } from "../auth/session";
import { assertStaff } from "../access/staff-access";
import { endUnpaidEnrollment } from "./end-unpaid-enrollment";
import { enrollPaidOrder } from "./enroll-paid-order";
import type { TLedgerFix } from "./find-anomalies";
import { refundUnfulfilledOrder, type TFixOutcome } from "./refund-unfulfilled-order";
import { resyncOrderFromStripe } from "./resync-order-from-stripe";

export const ledgerFixes = ["enroll", "refund", "endEnrollment", "resync"] as const satisfies readonly TLedgerFix[];

/**
 * Applies one reconciliation fix: `id` is the order (enroll, refund, resync) or the enrollment
 * (endEnrollment). Each fix re-checks its anomaly under a lock, is idempotent ("alreadyFixed" the
 * second time) and audited. Staff and admins only (checked here and in each fix).
 */
export async function fixAnomaly(actor: TSessionUser, input: { fix: TLedgerFix; id: string }, now: Date = new Date()): Promise<TFixOutcome> {
  assertStaff(actor);
  switch (input.fix) {
    case "enroll":
      return enrollPaidOrder(actor, input.id, now);
    case "refund":
      return refundUnfulfilledOrder(actor, input.id);
    case "endEnrollment":
      return endUnpaidEnrollment(actor, input.id, now);
    case "resync":
      return resyncOrderFromStripe(actor, input.id, now);
  }
}
