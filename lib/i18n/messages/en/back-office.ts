import type { TMessages } from "../../types";

export const enBackOffice: Pick<TMessages, "backOffice"> = {
  backOffice: {
    title: "Back office",
    sections: {
      cohorts: "Cohorts",
      cohortsHint: "Create and edit cohorts, reschedule sessions, cancel a cohort",
      refunds: "Refund requests",
      refundsHint: "Learners' requests with what the policy allows",
      groupBuys: "Group-buys",
      groupBuysHint: "Every group, its members and payments; settle early",
      ledger: "Payments ledger",
      ledgerHint: "Search orders; totals per cohort",
      reconciliation: "Reconciliation",
      reconciliationHint: "Differences with Stripe and their fixes",
      coaches: "Career coaches",
      coachesHint: "Assign coaches to learners who completed the course",
      audit: "Audit log",
      auditHint: "Who changed what, and when (admins)",
      users: "Users and roles",
      usersHint: "Find users, change roles (admins)",
    },
    users: {
      title: "Users and roles",
      intro: "A role change takes effect at once and is recorded in the audit log.",
      search: "Name or email",
      searchSubmit: "Search",
      empty: "No users found.",
      name: "Name",
      email: "Email",
      role: "Role",
      roleFor: "Role of {name}",
      save: "Save role",
      saved: "Saved.",
    },
  },
};
