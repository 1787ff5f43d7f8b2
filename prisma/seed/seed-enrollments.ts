import type { TPrismaClient } from "../../lib/db/create-client";
import { demoCourseSlug } from "./seed-catalog";

const classmateEmail = (n: number) => `classmate${String(n).padStart(2, "0")}@demo.school`;

/** Classmates who fill the demo cohorts; they have no password and cannot sign in. */
async function ensureClassmates(prisma: TPrismaClient, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const user = await prisma.user.upsert({
      where: { email: classmateEmail(n) },
      create: { email: classmateEmail(n), name: `学员${String(n).padStart(2, "0")}` },
      update: {},
      select: { id: true },
    });
    ids.push(user.id);
  }
  return ids;
}

async function enrollDirectly(prisma: TPrismaClient, cohortId: string, userIds: readonly string[]): Promise<number> {
  const classes = await prisma.cohortClass.findMany({ where: { cohortId }, orderBy: { code: "asc" }, select: { id: true } });
  let created = 0;
  for (const [position, userId] of userIds.entries()) {
    const existing = await prisma.enrollment.findFirst({ where: { cohortId, userId }, select: { id: true } });
    if (existing) continue;
    await prisma.enrollment.create({ data: { cohortId, userId, classId: classes[position % classes.length]!.id } });
    created += 1;
  }
  return created;
}

/**
 * Demo seats: 李明 (learner@) enrolled in the running 第12期 with 20 classmates; 第13期 filled
 * with 50 classmates and 张悦 (learner2@) first on its waitlist; 第15期 with one seat left.
 * Idempotent.
 */
export async function seedEnrollments(prisma: TPrismaClient): Promise<{ enrollmentsCreated: number }> {
  const cohortOf = async (number: number) =>
    (await prisma.cohort.findFirstOrThrow({ where: { course: { slug: demoCourseSlug }, number }, select: { id: true } })).id;
  const classmates = await ensureClassmates(prisma, 119);
  const learner = await prisma.user.findUniqueOrThrow({ where: { email: "learner@demo.school" }, select: { id: true } });
  const learner2 = await prisma.user.findUniqueOrThrow({ where: { email: "learner2@demo.school" }, select: { id: true } });

  const running = await cohortOf(12);
  const full = await cohortOf(13);
  let enrollmentsCreated = await enrollDirectly(prisma, running, [learner.id, ...classmates.slice(0, 20)]);
  enrollmentsCreated += await enrollDirectly(prisma, full, classmates.slice(20, 70));
  enrollmentsCreated += await enrollDirectly(prisma, await cohortOf(15), classmates.slice(70, 119));

  const waiting = [learner2.id, classmates[0]!, classmates[1]!];
  for (const [position, userId] of waiting.entries()) {
    await prisma.waitlistEntry.upsert({
      where: { cohortId_userId: { cohortId: full, userId } },
      create: { cohortId: full, userId, joinedAt: new Date(Date.UTC(2026, 0, 1, 0, position)) },
      update: {},
    });
  }
  return { enrollmentsCreated };
}
