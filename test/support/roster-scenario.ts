import type { TSessionUser } from "../../lib/auth/session";
import { getDb } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/enums";
import { createTestCohort, createTestUsers } from "./fixtures";

/** A user of that role and name (for the roster tests). */
export async function actor(role: Role, name: string): Promise<TSessionUser> {
  const db = await getDb();
  const [id] = (await createTestUsers(1, name.toLowerCase())) as [string];
  const user = await db.user.update({ where: { id }, data: { role, name }, select: { id: true, email: true, name: true, role: true } });
  return { ...user, locale: "zh" };
}

/** A cohort with classes A (3 places) and B (2), an instructor for each, learners and one paid order. */
export async function rosterScenario() {
  const db = await getDb();
  const { cohortId } = await createTestCohort({
    status: "RUNNING",
    classes: [
      { code: "A", capacity: 3 },
      { code: "B", capacity: 2 },
    ],
  });
  const [staff, teacherA, teacherB, coach, learner] = await Promise.all([
    actor("STAFF", "Staff"),
    actor("INSTRUCTOR", "TeacherA"),
    actor("INSTRUCTOR", "TeacherB"),
    actor("COACH", "Coach"),
    actor("LEARNER", "Learner"),
  ]);
  const classes = await db.cohortClass.findMany({ where: { cohortId }, orderBy: { code: "asc" }, select: { id: true } });
  const [classA, classB] = classes.map((c) => c.id) as [string, string];
  await db.cohortClass.update({ where: { id: classA }, data: { instructorId: teacherA.id } });
  await db.cohortClass.update({ where: { id: classB }, data: { instructorId: teacherB.id } });
  const [amy, bob, cai, dan] = (await createTestUsers(4, "pupil")) as [string, string, string, string];
  await db.user.update({ where: { id: amy }, data: { name: "周小美", email: `Amy.Zhou-${amy}@Example.com` } });
  const enroll = (userId: string, classId: string) => db.enrollment.create({ data: { cohortId, userId, classId }, select: { id: true } });
  const e = {
    amy: (await enroll(amy, classA)).id,
    bob: (await enroll(bob, classA)).id,
    cai: (await enroll(cai, classB)).id,
    dan: (await enroll(dan, classB)).id,
  };
  const hold = await db.seatHold.create({ data: { cohortId, userId: amy, status: "CONVERTED", expiresAt: new Date() } });
  const order = await db.order.create({
    data: {
      userId: amy,
      cohortId,
      holdId: hold.id,
      status: "PAID",
      listPriceFen: 2_299_900,
      amountFen: 2_199_900,
      paymentMethod: "alipay",
      enrollmentId: e.amy,
    },
  });
  await db.lessonProgress.createMany({
    data: [
      {
        userId: amy,
        courseSlug: (await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { course: { select: { slug: true } } } })).course.slug,
        lessonSlug: "01-one",
        completedAt: new Date(),
      },
    ],
  });
  const sessions = await db.cohortSession.findMany({ where: { cohortId }, orderBy: { index: "asc" }, select: { id: true, startsAt: true } });
  // Three sessions have started.
  const now = new Date(sessions[2]!.startsAt.getTime() + 3_600_000);
  return { cohortId, classA, classB, staff, teacherA, teacherB, coach, learner, e, order, sessions, now, userIds: { amy, bob, cai, dan } };
}
