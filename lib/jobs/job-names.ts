/**
 * Names of the job queues, importable by domain code without pulling in the registry (which
 * imports the domain). Each name has one entry in registry.ts.
 */
export const jobNames = {
  /** Sweep: holds whose time ran out (asking Stripe about their checkouts first), lapsed waitlist offers. */
  sweepHolds: "holds.sweep",
  /** One-off at a hold's (or waitlist offer's) expiry: the same work, at the exact moment. */
  expireHold: "holds.expire",
  /** Sweep: group-buys past their deadline or with members left to settle. */
  sweepGroups: "groups.sweep",
  /** One-off at a group's deadline: settle that group. */
  settleGroup: "groups.settle-one",
  /** Schedule: payments whose webhooks never came. */
  reconcileOrders: "orders.reconcile",
  /** Schedule: planned Stripe refunds not issued yet (approved requests, transfers, cancellations). */
  retryRefunds: "refunds.retry",
  /** Schedule: outbox mails due for (another) delivery attempt. */
  deliverMails: "mail.deliver",
} as const;

export type TJobName = (typeof jobNames)[keyof typeof jobNames];
