import "server-only";
import { seatTakingHoldWhere } from "../enrollment/seat-rule";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { readRefundPolicy, termsFromPolicy } from "../refunds/refund-policy";
import { assertStaff } from "../access/staff-access";

const paidStatuses = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] as const;

/**
 * Every cohort of every course for staff, newest number first: status, dates, fill rate
 * (enrolled / capacity), live holds, waitlist length and revenue (received − refunded, fen).
 */
export async function readStaffCohorts(actor: TSessionUser, now: Date = new Date()) {
  assertStaff(actor);
  const db = await getDb();
  const [cohorts, enrolled, held, waiting, revenue] = await Promise.all([
    db.cohort.findMany({
      orderBy: [{ courseId: "asc" }, { number: "desc" }],
      select: {
        id: true,
        number: true,
        status: true,
        startDate: true,
        capacity: true,
        listPriceFen: true,
        course: { select: { slug: true, titleZh: true, titleEn: true } },
        campus: { select: { nameZh: true, nameEn: true } },
      },
    }),
    db.enrollment.groupBy({ by: ["cohortId"], where: { status: "ACTIVE" }, _count: { _all: true } }),
    db.seatHold.groupBy({ by: ["cohortId"], where: seatTakingHoldWhere(now), _count: { _all: true } }),
    db.waitlistEntry.groupBy({ by: ["cohortId"], where: { status: "WAITING" }, _count: { _all: true } }),
    db.order.groupBy({ by: ["cohortId"], where: { status: { in: [...paidStatuses] } }, _sum: { amountFen: true, refundedFen: true } }),
  ]);
  const count = (rows: { cohortId: string; _count: { _all: number } }[], id: string) => rows.find((row) => row.cohortId === id)?._count._all ?? 0;
  return cohorts.map((cohort) => {
    const money = revenue.find((row) => row.cohortId === cohort.id)?._sum;
    const enrolledCount = count(enrolled, cohort.id);
    return {
      ...cohort,
      enrolled: enrolledCount,
      held: count(held, cohort.id),
      waitlist: count(waiting, cohort.id),
      fillRate: cohort.capacity > 0 ? enrolledCount / cohort.capacity : 0,
      revenueFen: (money?.amountFen ?? 0) - (money?.refundedFen ?? 0),
    };
  });
}

export type TStaffCohortRow = Awaited<ReturnType<typeof readStaffCohorts>>[number];

/** One cohort with everything its edit page needs: settings, classes with learners, sessions, refund terms. */
export async function readStaffCohort(actor: TSessionUser, cohortId: string) {
  assertStaff(actor);
  const db = await getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      number: true,
      status: true,
      startDate: true,
      capacity: true,
      courseId: true,
      campusId: true,
      listPriceFen: true,
      groupPriceFen: true,
      groupSize: true,
      groupBuyStartsAt: true,
      groupBuyEndsAt: true,
      enrollmentDeadline: true,
      refundPolicy: true,
      disputeSeatRule: true,
      cancelledAt: true,
      course: { select: { slug: true, titleZh: true, titleEn: true } },
      campus: { select: { nameZh: true, nameEn: true } },
      classes: {
        orderBy: { code: "asc" },
        select: { id: true, code: true, capacity: true, _count: { select: { enrollments: { where: { status: "ACTIVE" } } } } },
      },
      sessions: {
        orderBy: { index: "asc" },
        select: { id: true, index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, room: true, onlineUrl: true, sequence: true },
      },
    },
  });
  if (!cohort) throw new AppError("cohortNotFound");
  return { ...cohort, refundTerms: termsFromPolicy(readRefundPolicy(cohort.refundPolicy)) };
}

export type TStaffCohort = Awaited<ReturnType<typeof readStaffCohort>>;
