import { randomUUID } from "node:crypto";
import { createCohort } from "../../lib/cohorts/create-cohort";
import { getDb } from "../../lib/db";

/** Test data for integration tests: every call makes its own course, so tests never collide. */
export async function createTestCohort(
  options: {
    capacity?: number;
    classes?: { code: string; capacity: number }[];
    status?: "DRAFT" | "OPEN" | "RUNNING";
    enrollmentDeadline?: Date;
  } = {},
): Promise<{ cohortId: string; courseId: string }> {
  const db = await getDb();
  const suffix = randomUUID().slice(0, 8);
  const course = await db.course.create({ data: { slug: `test-${suffix}`, titleZh: "测试课程", titleEn: "Test course" } });
  const campus = await db.campus.upsert({
    where: { slug: "test-campus" },
    create: { slug: "test-campus", nameZh: "测试校区", nameEn: "Test campus" },
    update: {},
  });
  const classes = options.classes ?? [
    { code: "A", capacity: 25 },
    { code: "B", capacity: 25 },
  ];
  const { id } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: 13,
    startDate: "2030-03-02",
    status: options.status ?? "OPEN",
    classes,
    capacity: options.capacity ?? classes.reduce((sum, c) => sum + c.capacity, 0),
    listPriceFen: 2_299_900,
    enrollmentDeadline: options.enrollmentDeadline ?? new Date("2030-02-27T15:59:00Z"),
  });
  return { cohortId: id, courseId: course.id };
}

/** A cohort of one class of `capacity` at the given list price: for tests of prices between cohorts (transfers, refunds). */
export async function createPricedCohort(listPriceFen: number, capacity = 10): Promise<string> {
  const { cohortId } = await createTestCohort({ capacity, classes: [{ code: "A", capacity }] });
  const db = await getDb();
  await db.cohort.update({ where: { id: cohortId }, data: { listPriceFen } });
  return cohortId;
}

/** Learners with verified email addresses (as holding a seat requires), unless `verified: false`. */
export async function createTestUsers(count: number, prefix = "user", options: { verified?: boolean } = {}): Promise<string[]> {
  const db = await getDb();
  const batch = randomUUID().slice(0, 8);
  const users = [];
  for (let index = 0; index < count; index++) {
    users.push({ email: `${prefix}-${batch}-${index}@example.com`, name: `${prefix}${index}`, emailVerified: options.verified === false ? null : new Date() });
  }
  await db.user.createMany({ data: users });
  const rows = await db.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { id: true, email: true } });
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  return users.map((user) => byEmail.get(user.email)!);
}
