/**
 * The data check:scale works on, written straight to its own PostgreSQL database, and the steps a
 * learner takes that the check drives through the domain (as the site's server actions do).
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/passwords";
import { createCohort } from "../../lib/cohorts/create-cohort";
import type { TPrismaClient } from "../../lib/db";

const dayMs = 86_400_000;

export async function createPlainCohort(db: TPrismaClient, capacity: number, label: string): Promise<string> {
  const stamp = randomUUID().slice(0, 8);
  const course = await db.course.create({ data: { slug: `scale-${label}-${stamp}`, titleZh: "扩展检查", titleEn: "Scale check" }, select: { id: true } });
  const campus = await db.campus.create({ data: { slug: `scale-${label}-${stamp}`, nameZh: "线上", nameEn: "Online", isOnline: true }, select: { id: true } });
  const now = Date.now();
  const { id } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: 1,
    startDate: new Date(now + 400 * dayMs).toISOString().slice(0, 10),
    status: "OPEN",
    capacity,
    classes: [{ code: "A", capacity }],
    listPriceFen: 1_980_000,
    enrollmentDeadline: new Date(now + 365 * dayMs),
  });
  return id;
}

/** A cohort running a group-buy of 3 at ¥17,800 whose window ends in two hours. */
export async function createGroupCohort(db: TPrismaClient): Promise<string> {
  const cohortId = await createPlainCohort(db, 30, "group");
  const now = Date.now();
  await db.cohort.update({
    where: { id: cohortId },
    data: { groupPriceFen: 1_780_000, groupSize: 3, groupBuyStartsAt: new Date(now - 3_600_000), groupBuyEndsAt: new Date(now + 2 * 3_600_000) },
  });
  return cohortId;
}

export async function createLearners(db: TPrismaClient, count: number, label: string, password?: string): Promise<{ id: string; email: string }[]> {
  const stamp = randomUUID().slice(0, 8);
  const passwordHash = password ? await hashPassword(password) : null;
  const users = Array.from({ length: count }, (_, i) => ({
    id: `scale_${label}_${stamp}_${i}`,
    email: `${label}${i}.${stamp}@scale.invalid`,
    name: `学员 ${i}`,
    passwordHash,
    // Confirmed addresses: only they may hold seats, join groups or pay (lib/accounts/email-verification.ts).
    emailVerified: new Date(),
  }));
  await db.user.createMany({ data: users });
  return users.map(({ id, email }) => ({ id, email }));
}
