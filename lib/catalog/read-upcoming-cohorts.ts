import "server-only";
import { getDb } from "../db";
import type { CohortStatus } from "../generated/prisma/enums";
import { seatsLeftByCohort } from "./seats-left";

export type TCohortCard = {
  id: string;
  number: number;
  status: CohortStatus;
  campus: { slug: string; nameZh: string; nameEn: string; isOnline: boolean };
  startDate: string;
  firstSessionAt: Date | null;
  lastSessionAt: Date | null;
  enrollmentDeadline: Date;
  listPriceFen: number;
  groupPriceFen: number | null;
  capacity: number;
  seatsLeft: number;
  waitlistLength: number;
  enrollmentOpen: boolean;
};

/**
 * Published cohorts of a course that have not finished (open, full or running), soonest first,
 * with seats left. Public data only: no learner appears here.
 */
export async function readUpcomingCohorts(courseSlug: string, now: Date = new Date()): Promise<TCohortCard[]> {
  const db = await getDb();
  const cohorts = await db.cohort.findMany({
    where: { course: { slug: courseSlug }, status: { in: ["OPEN", "FULL", "RUNNING"] } },
    orderBy: [{ startDate: "asc" }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      status: true,
      startDate: true,
      enrollmentDeadline: true,
      listPriceFen: true,
      groupPriceFen: true,
      groupBuyStartsAt: true,
      groupBuyEndsAt: true,
      capacity: true,
      campus: { select: { slug: true, nameZh: true, nameEn: true, isOnline: true } },
      sessions: { orderBy: { index: "asc" }, select: { startsAt: true } },
      _count: { select: { waitlist: { where: { status: "WAITING" } } } },
    },
  });
  const seatsLeft = await seatsLeftByCohort(db, cohorts, now);
  // A group price is shown only while the cohort runs a group-buy: a price nobody can get is noise.
  return cohorts.map(({ sessions, _count, groupBuyStartsAt, groupBuyEndsAt, ...cohort }) => ({
    ...cohort,
    groupPriceFen: groupBuyStartsAt && groupBuyEndsAt && groupBuyStartsAt <= now && now < groupBuyEndsAt ? cohort.groupPriceFen : null,
    firstSessionAt: sessions[0]?.startsAt ?? null,
    lastSessionAt: sessions.at(-1)?.startsAt ?? null,
    seatsLeft: seatsLeft.get(cohort.id) ?? 0,
    waitlistLength: _count.waitlist,
    enrollmentOpen: (cohort.status === "OPEN" || cohort.status === "FULL") && now < cohort.enrollmentDeadline,
  }));
}
