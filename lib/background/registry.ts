import "server-only";
import { expireHolds } from "../enrollment/release-seats";
import { deliverDueMails } from "../mail/outbox/deliver-due-mails";
import { settleDueGroups } from "../group-buy/settle-due-groups";
import { settleGroup } from "../group-buy/settle-group";
import { reconcileOrders } from "../payment-events/reconcile-orders";
import { settleLapsedCheckouts } from "../payment-events/settle-lapsed-checkouts";
import { issuePendingStripeRefunds } from "../refunds/issue-stripe-refund";
import { jobNames } from "../jobs/job-names";
import type { TJobDefinition } from "../jobs/job-queue";

async function settleExpiredHolds(now: Date): Promise<void> {
  // A hold with an open checkout keeps its seat until Stripe was asked about it.
  await settleLapsedCheckouts(now);
  await expireHolds(now);
}

/**
 * Every kind of background work of the site: one entry each. The handlers are idempotent and
 * safe beside each other (the domain takes row locks), so a retry, a sweep overlapping a one-off
 * job or a job run again by staff does no harm. A one-off job runs at the moment it is due; the
 * sweep behind it is the safety net when sending it failed. It lives outside lib/jobs because it
 * imports the domain, which itself imports lib/jobs to queue its deadlines; the entry points
 * (instrumentation.ts, scripts/worker.ts, /api/cron) hand it to the queue with provideJobs.
 */
export const jobs: readonly TJobDefinition[] = [
  { name: jobNames.sweepHolds, everyMinutes: 1, run: (_data, { now }) => settleExpiredHolds(now) },
  { name: jobNames.expireHold, run: (_data, { now }) => settleExpiredHolds(now) },
  { name: jobNames.sweepGroups, everyMinutes: 1, run: (_data, { now }) => settleDueGroups(now) },
  {
    name: jobNames.settleGroup,
    run: async (data, { now }) => {
      if (typeof data.groupId !== "string") throw new Error("groups.settle-one needs a groupId");
      const result = await settleGroup(data.groupId, { now });
      // A member Stripe could not settle yet: retry with backoff (the sweep also keeps trying).
      if (result.unsettled > 0) throw new Error(`group ${data.groupId}: ${result.unsettled} member(s) not settled yet`);
      return result;
    },
  },
  { name: jobNames.reconcileOrders, everyMinutes: 5, run: (_data, { now }) => reconcileOrders(now) },
  // Mails are sent right after the commit that queued them; this sweep retries the ones that failed (backoff per mail).
  { name: jobNames.deliverMails, everyMinutes: 1, run: (_data, { now }) => deliverDueMails({ now, source: "job" }) },
  { name: jobNames.retryRefunds, everyMinutes: 5, run: (_data, { now }) => issuePendingStripeRefunds(20, now) },
];
