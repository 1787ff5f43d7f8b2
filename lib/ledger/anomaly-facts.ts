import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { EnrollmentStatus, GroupBuyStatus, OrderStatus } from "../generated/prisma/enums";
import type { TEnrollmentFacts, TPaidOrderFacts } from "./anomaly-rules";

const learnerAndCohort = {
  user: { select: { name: true, email: true } },
  cohort: { select: { id: true, number: true, campus: { select: { nameZh: true, nameEn: true } } } },
} satisfies Prisma.OrderSelect;

/** What the ledger reads about an order to judge it (shared by the finder and the fixes' re-check). */
export const paidOrderFactsSelect = {
  id: true,
  userId: true,
  cohortId: true,
  holdId: true,
  status: true,
  amountFen: true,
  refundedFen: true,
  paymentMethod: true,
  paidAt: true,
  createdAt: true,
  noSeatRefundAt: true,
  stripePaymentIntentId: true,
  enrollmentId: true,
  ...learnerAndCohort,
  enrollment: { select: { id: true, status: true, transferOut: { select: { status: true } } } },
  transfer: { select: { toEnrollment: { select: { status: true } } } },
  groupMember: { select: { group: { select: { status: true } } } },
  refunds: { select: { amountFen: true, status: true } },
  refundRequests: { where: { status: { in: ["APPROVED", "COMPLETED"] }, endEnrollment: true }, select: { id: true } },
} satisfies Prisma.OrderSelect;

type TPaidOrderRow = {
  status: OrderStatus;
  amountFen: number;
  refundedFen: number;
  enrollment: { status: EnrollmentStatus; transferOut: { status: string } | null } | null;
  transfer: { toEnrollment: { status: EnrollmentStatus } | null } | null;
  groupMember: { group: { status: GroupBuyStatus } } | null;
  refunds: TPaidOrderFacts["refunds"];
  refundRequests: readonly { id: string }[];
};

export function toPaidOrderFacts(row: TPaidOrderRow): TPaidOrderFacts {
  return {
    status: row.status,
    amountFen: row.amountFen,
    refundedFen: row.refundedFen,
    enrollmentStatus: row.enrollment?.status ?? row.transfer?.toEnrollment?.status ?? null,
    transferredOut: row.enrollment?.transferOut?.status === "COMPLETED",
    groupStatus: row.groupMember?.group.status ?? null,
    refunds: row.refunds,
    endedWithPartialRefund: row.refundRequests.length > 0,
  };
}

/** What the ledger reads about an enrollment to judge it. */
export const enrollmentFactsSelect = {
  id: true,
  status: true,
  userId: true,
  cohortId: true,
  createdAt: true,
  ...learnerAndCohort,
  class: { select: { code: true } },
  transferIn: { select: { id: true } },
  order: { select: { id: true, status: true, paymentMethod: true, amountFen: true } },
} as const;

type TEnrollmentRow = {
  status: EnrollmentStatus;
  transferIn: { id: string } | null;
  order: { status: OrderStatus; paymentMethod: string | null } | null;
};

export function toEnrollmentFacts(row: TEnrollmentRow): TEnrollmentFacts {
  return {
    status: row.status,
    transferredIn: row.transferIn !== null,
    order: row.order ? { status: row.order.status, paymentMethod: row.order.paymentMethod } : null,
  };
}
