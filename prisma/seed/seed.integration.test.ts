import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { useTestDatabase } from "../../test/support/test-database";
import { seedDatabase } from "./seed-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

async function snapshot() {
  const db = await getDb();
  const [users, cohorts, sessions, enrollments, waitlist, classes] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, updatedAt: true } }),
    db.cohort.findMany({ orderBy: { number: "asc" }, select: { number: true, listPriceFen: true, startDate: true, status: true, updatedAt: true } }),
    db.cohortSession.count(),
    db.enrollment.count(),
    db.waitlistEntry.count(),
    db.cohortClass.count(),
  ]);
  return { users, cohorts, sessions, enrollments, waitlist, classes };
}

it("seeds the demo and a second run changes nothing", async () => {
  const db = await getDb();
  const today = new Date("2026-11-28T04:00:00Z");
  const first = await seedDatabase(db, today);
  expect(first.cohortsCreated).toBe(5);
  const before = await snapshot();
  const second = await seedDatabase(db, new Date("2026-12-03T04:00:00Z"));
  expect(second).toEqual({ usersCreated: 0, cohortsCreated: 0, enrollmentsCreated: 0 });
  expect(await snapshot()).toEqual(before);

  // Only the demo's numbers: on PostgreSQL other test files add their own cohorts (numbers ≥ 900) to this course.
  const demo = await db.cohort.findMany({
    where: { course: { slug: "ai-trainer" }, number: { gte: 11, lte: 16 } },
    orderBy: { number: "asc" },
    select: { number: true, listPriceFen: true, status: true },
  });
  // 第11期 finished (its graduates have career coaches); 第12–16期 each ¥1,000 above the last.
  expect(demo.map((c) => c.listPriceFen)).toEqual([2_099_900, 2_199_900, 2_299_900, 2_399_900, 2_499_900, 2_599_900]);
  expect(demo.find((c) => c.number === 11)?.status).toBe("FINISHED");
  expect(demo.find((c) => c.number === 12)?.status).toBe("RUNNING");
  const full = await db.cohort.findFirstOrThrow({ where: { course: { slug: "ai-trainer" }, number: 13 }, select: { id: true, capacity: true } });
  expect(await db.enrollment.count({ where: { cohortId: full.id, status: "ACTIVE" } })).toBe(full.capacity);
  expect(await db.waitlistEntry.count({ where: { cohortId: full.id, status: "WAITING" } })).toBeGreaterThan(0);
});
