import "server-only";
import { getDb } from "../db";

/**
 * Everything the signed-in learner's dashboard shows, read with the learner's own id only:
 * active enrollments (cohort, class, full schedule with the online link for enrolled learners),
 * live holds waiting for payment, group-buy places not settled yet, waitlist places, and completed
 * enrollments (graduates keep the course, its practice and the qualification test).
 */
export async function readLearnerDashboard(userId: string, now: Date = new Date()) {
  const db = await getDb();
  const cohortSelect = {
    id: true,
    number: true,
    timeZone: true,
    course: { select: { slug: true, titleZh: true, titleEn: true } },
    campus: { select: { nameZh: true, nameEn: true, isOnline: true } },
  } as const;
  const [enrollments, holds, waitlist, groupPlaces, completed] = await Promise.all([
    db.enrollment.findMany({
      where: { userId, status: "ACTIVE" },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        class: { select: { code: true } },
        cohort: {
          select: {
            ...cohortSelect,
            sessions: {
              orderBy: { index: "asc" },
              select: { index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, room: true, onlineUrl: true },
            },
          },
        },
      },
    }),
    db.seatHold.findMany({
      where: { userId, status: "ACTIVE", expiresAt: { gt: now }, source: { not: "GROUP" }, transfer: { is: null } },
      orderBy: { expiresAt: "asc" },
      select: { id: true, expiresAt: true, source: true, cohort: { select: { ...cohortSelect, listPriceFen: true } } },
    }),
    db.waitlistEntry.findMany({
      where: { userId, status: "WAITING" },
      select: { joinedAt: true, cohortId: true, cohort: { select: cohortSelect } },
    }),
    db.groupBuyMember.findMany({
      where: {
        userId,
        late: false,
        status: { in: ["PENDING_PAYMENT", "AUTHORIZED", "PAID"] },
        group: { status: { in: ["OPEN", "FILLED"] } },
        hold: { status: "ACTIVE", expiresAt: { gt: now } },
      },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, group: { select: { code: true, status: true, deadline: true, priceFen: true, cohort: { select: cohortSelect } } } },
    }),
    db.enrollment.findMany({
      where: { userId, status: "COMPLETED" },
      orderBy: { completedAt: "desc" },
      select: { id: true, completedAt: true, class: { select: { code: true } }, cohort: { select: cohortSelect } },
    }),
  ]);
  const waitlistWithPositions = await Promise.all(
    waitlist.map(async (entry) => ({
      ...entry,
      position: 1 + (await db.waitlistEntry.count({ where: { cohortId: entry.cohortId, status: "WAITING", joinedAt: { lt: entry.joinedAt } } })),
    })),
  );
  return {
    enrollments: enrollments.map((enrollment) => ({
      ...enrollment,
      nextSession: enrollment.cohort.sessions.find((session) => session.endsAt > now) ?? null,
    })),
    holds,
    groupPlaces,
    waitlist: waitlistWithPositions,
    completed,
  };
}

export type TLearnerDashboard = Awaited<ReturnType<typeof readLearnerDashboard>>;
