import type { TMessages } from "../../types";

export const enDisputes: Pick<TMessages, "disputes"> = {
  disputes: {
    title: "Payment disputes (chargebacks)",
    explain:
      "A learner's card issuer disputed a payment and took the money back for now. Submit evidence in the Stripe Dashboard; until the outcome, the cohort's rule decides about the seat.",
    statuses: {
      warning_needs_response: "early warning, needs response",
      needs_response: "needs response",
      under_review: "under review",
      won: "won (money back to the school)",
      lost: "lost (money stays with the cardholder)",
      warning_under_review: "early warning under review",
      warning_closed: "early warning closed",
      prevented: "prevented",
    },
    reasons: {
      fraudulent: "cardholder says unauthorized",
      product_not_received: "says not received",
      product_unacceptable: "says not as described",
      subscription_canceled: "says cancelled",
      duplicate: "says charged twice",
      credit_not_processed: "says refund not processed",
      general: "other",
    },
    seatKept: "seat kept (flagged)",
    seatReleased: "seat released",
    line: "{amount} · {reason} · {status} · withdrawn {withdrawn}, reinstated {reinstated}",
    ledgerBadge: "disputed",
    mailOpenedSubject: "Payment disputed: cohort {number}, {learner}",
    mailOpenedBody:
      "Hello,\n\nThe payment of {amount} by {learner} for cohort {number} was disputed by the card issuer ({reason}); the money was taken back for now. The seat: {seat}.\nSubmit evidence in the Stripe Dashboard soon. Reconciliation: {url}\n\nAI Trainer Academy",
    mailClosedSubject: "Dispute closed: cohort {number}, {learner}",
    mailClosedBody: "Hello,\n\nThe dispute of {amount} by {learner} for cohort {number} is closed: {status}.\nReconciliation: {url}\n\nAI Trainer Academy",
  },
};
