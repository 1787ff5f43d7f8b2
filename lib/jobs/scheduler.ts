import "server-only";
import { expireHolds } from "../enrollment/release-seats";
import { settleDueGroups } from "../group-buy/settle-due-groups";
import { reconcileOrders } from "../payments/reconcile-orders";
import { issuePendingApprovedRefunds } from "../refunds/issue-approved-refund";

const everyMs = 30_000;
const globalForJobs = globalThis as unknown as { jobsTimer?: NodeJS.Timeout };

/**
 * Periodic work of this server process: expire seat holds and offer their seats to the waitlist;
 * catch up on payments whose webhooks never came (reconcileOrders); settle group-buys whose
 * deadline passed or whose members are left to settle (settleDueGroups); create the Stripe
 * refunds of approved requests that could not be created at approval (issuePendingApprovedRefunds).
 * Every job is idempotent and safe to run in several processes at once, so each process runs
 * its own timer; work missed while the site was down is done at the next tick.
 */
export function startScheduler(): void {
  if (globalForJobs.jobsTimer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await expireHolds(new Date());
    } catch (error) {
      console.error("[jobs] expireHolds failed", error);
    }
    try {
      await reconcileOrders(new Date());
    } catch (error) {
      console.error("[jobs] reconcileOrders failed", error);
    }
    try {
      await issuePendingApprovedRefunds();
    } catch (error) {
      console.error("[jobs] issuePendingApprovedRefunds failed", error);
    }
    try {
      await settleDueGroups(new Date());
    } catch (error) {
      console.error("[jobs] settleDueGroups failed", error);
    } finally {
      running = false;
    }
  };
  globalForJobs.jobsTimer = setInterval(tick, everyMs);
  globalForJobs.jobsTimer.unref();
  setTimeout(tick, 2_000).unref();
}
