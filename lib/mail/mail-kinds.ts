/** Every kind of mail the school sends; each has an HTML template (lib/mail/templates) and a call-to-action label. */
export const mailKinds = [
  "account.magicLink",
  "account.passwordReset",
  "account.welcome",
  "account.signUpAttempt",
  "account.noAccount",
  "order.enrolled",
  "order.refundedNoSeat",
  "waitlist.offer",
  "group.filled",
  "group.failed",
  "group.dropped",
  "refund.approved",
  "refund.rejected",
  "refund.paidOut",
  "dispute.opened",
  "dispute.closed",
  "review.done",
  "coaching.assignedLearner",
  "coaching.assignedCoach",
  "coaching.sessionScheduled",
  "coaching.sessionCancelled",
  "cohort.sessionRescheduled",
  "cohort.cancelled",
  "transfer.payDifference",
] as const;

export type TMailKind = (typeof mailKinds)[number];

/** Kinds that must reach the reader within seconds (one-time links): delivered right after the commit, before the caller answers. */
export const urgentMailKinds: readonly TMailKind[] = ["account.magicLink", "account.passwordReset", "account.welcome"];

/** What the HTML part shows besides the text: a call to action and formatted facts (amounts, dates). */
export type TMailContent = {
  action?: { label: string; url: string };
  facts?: { label: string; value: string }[];
};
