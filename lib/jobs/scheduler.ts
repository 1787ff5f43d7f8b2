import "server-only";
import { expireHolds } from "../enrollment/release-seats";
import { settleDueGroups } from "../group-buy/settle-due-groups";
import { log } from "../log/logger";
import { deliverDueMails } from "../mail/outbox/deliver-due-mails";
import { reconcileOrders } from "../payment-events/reconcile-orders";
import { settleLapsedCheckouts } from "../payment-events/settle-lapsed-checkouts";
import { issuePendingStripeRefunds } from "../refunds/issue-stripe-refund";

const everyMs = 30_000;
const globalForJobs = globalThis as unknown as { jobsTimer?: NodeJS.Timeout };

/**
 * Periodic work of this server process: ask Stripe about the checkouts of holds whose time ran
 * out (settleLapsedCheckouts), then expire seat holds and offer their seats to the waitlist;
 * catch up on payments whose webhooks never came (reconcileOrders); settle group-buys whose
 * deadline passed or whose members are left to settle (settleDueGroups); create the Stripe
 * refunds planned (approved requests, transfers, cancellations) that could not be issued at the
 * time (issuePendingStripeRefunds); deliver the mail outbox (deliverDueMails).
 * Every job is idempotent and safe to run in several processes at once, so each process runs
 * its own timer; work missed while the site was down is done at the next tick.
 */
export function startScheduler(): void {
  if (globalForJobs.jobsTimer) return;
  let running = false;
  const jobs: readonly [string, () => Promise<unknown>][] = [
    ["settleLapsedCheckouts", () => settleLapsedCheckouts(new Date())],
    ["expireHolds", () => expireHolds(new Date())],
    ["reconcileOrders", () => reconcileOrders(new Date())],
    ["issuePendingStripeRefunds", () => issuePendingStripeRefunds()],
    ["settleDueGroups", () => settleDueGroups(new Date())],
    ["deliverDueMails", () => deliverDueMails({ source: "scheduler" })],
  ];
  const tick = async () => {
    if (running) return;
    running = true;
    // One job failing (Stripe or the database down) must not stop the others.
    for (const [name, job] of jobs) {
      const started = performance.now();
      try {
        const outcome = await job();
        log().debug({ job: name, outcome, durationMs: Math.round(performance.now() - started) }, "job done");
      } catch (error) {
        log().error({ job: name, err: error, durationMs: Math.round(performance.now() - started) }, "job failed");
      }
    }
    running = false;
  };
  globalForJobs.jobsTimer = setInterval(tick, everyMs);
  globalForJobs.jobsTimer.unref();
  setTimeout(tick, 2_000).unref();
}
