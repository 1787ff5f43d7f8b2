/**
 * The rush scene, written straight to the bench database with Prisma: one open cohort of 100
 * (classes A/B of 50) with 50 seats already taken by other users, and N fresh learners.
 * Afterwards, `countSeats` re-reads what the database holds.
 */
import type { TPrismaClient } from "../../lib/db/create-client";
import { createCohort } from "../../lib/cohorts/create-cohort";

export const capacity = 100;
export const alreadyTaken = 50;

export type TScene = { cohortId: string; learnerIds: string[]; seatsLeft: number };

const dayMs = 24 * 60 * 60_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function createScene(db: TPrismaClient, learners: number): Promise<TScene> {
  const stamp = Date.now();
  const course = await db.course.create({
    data: { slug: `bench-rush-${stamp}`, titleZh: "压测课程", titleEn: "Rush benchmark course" },
    select: { id: true },
  });
  const campus = await db.campus.create({
    data: { slug: `bench-rush-${stamp}`, nameZh: "压测校区", nameEn: "Rush campus", isOnline: true },
    select: { id: true },
  });
  const now = Date.now();
  const cohort = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: 1,
    startDate: isoDate(new Date(now + 730 * dayMs)),
    status: "OPEN",
    capacity,
    classes: [
      { code: "A", capacity: 50 },
      { code: "B", capacity: 50 },
    ],
    listPriceFen: 1_980_000,
    enrollmentDeadline: new Date(now + 365 * dayMs),
  });
  const classA = await db.cohortClass.findUniqueOrThrow({
    where: { cohortId_code: { cohortId: cohort.id, code: "A" } },
    select: { id: true },
  });

  // 50 seats taken by others: 25 active enrollments and 25 live holds.
  const others = Array.from({ length: alreadyTaken }, (_, i) => ({
    id: `bench_other_${stamp}_${i}`,
    email: `other${i}.${stamp}@bench.invalid`,
    name: `已报名 ${i}`,
  }));
  await db.user.createMany({ data: others });
  const half = alreadyTaken / 2;
  await db.enrollment.createMany({
    data: others.slice(0, half).map((u) => ({ cohortId: cohort.id, userId: u.id, classId: classA.id })),
  });
  await db.seatHold.createMany({
    data: others.slice(half).map((u) => ({ cohortId: cohort.id, userId: u.id, expiresAt: new Date(now + 7 * dayMs) })),
  });

  const learnerIds = Array.from({ length: learners }, (_, i) => `bench_learner_${stamp}_${i}`);
  await db.user.createMany({
    data: learnerIds.map((id, i) => ({ id, email: `learner${i}.${stamp}@bench.invalid`, name: `学员 ${i}`, emailVerified: new Date(now) })),
  });
  const seats = await countSeats(db, cohort.id, learnerIds);
  return { cohortId: cohort.id, learnerIds, seatsLeft: capacity - seats.taken };
}

export type TSeatCount = {
  capacity: number;
  enrolled: number;
  liveHolds: number;
  taken: number;
  /** Holds of the benchmark's learners. */
  learnerHolds: number;
  /** Users with more than one live claim (holds + enrollments) on the cohort. */
  doubleClaims: number;
};

export async function countSeats(db: TPrismaClient, cohortId: string, learnerIds: string[]): Promise<TSeatCount> {
  const now = new Date();
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { capacity: true } });
  const liveHold = { cohortId, status: "ACTIVE" as const, expiresAt: { gt: now } };
  const [enrolled, liveHolds, learnerHolds, doubles] = await Promise.all([
    db.enrollment.count({ where: { cohortId, status: "ACTIVE" } }),
    db.seatHold.count({ where: liveHold }),
    db.seatHold.count({ where: { cohortId, userId: { in: learnerIds } } }),
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT "userId" FROM (
          SELECT "userId" FROM "SeatHold" WHERE "cohortId" = ${cohortId} AND status = 'ACTIVE' AND "expiresAt" > ${now}
          UNION ALL
          SELECT "userId" FROM "Enrollment" WHERE "cohortId" = ${cohortId} AND status = 'ACTIVE'
        ) claims GROUP BY "userId" HAVING count(*) > 1
      ) doubled`,
  ]);
  return {
    capacity: cohort.capacity,
    enrolled,
    liveHolds,
    taken: enrolled + liveHolds,
    learnerHolds,
    doubleClaims: Number(doubles[0]?.n ?? 0),
  };
}
