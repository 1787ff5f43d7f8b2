import { instantFromLocal } from "../../lib/coaching/instant-from-local";
import { createCohort } from "../../lib/cohorts/create-cohort";
import { firstWeekendOnOrAfter, localDateOf } from "../../lib/cohorts/generate-sessions";
import type { TPrismaClient } from "../../lib/db/create-client";
import { demoCourseSlug, listPriceFenOf } from "./seed-catalog";

const finishedNumber = 11;
/** Classmates 1–119 fill 第12–15期 (seed-enrollments.ts); the graduates of 第11期 come after them. */
const graduateNumbers = [120, 121, 122, 123, 124, 125, 126, 127] as const;
const classmateEmail = (n: number) => `classmate${String(n).padStart(2, "0")}@demo.school`;
/** A second coach (no password: cannot sign in) so staff see the suggestion balance loads. */
const secondCoach = { email: "coach2@demo.school", name: "钱教练", role: "COACH" } as const;
export const demoCoachingLink = "https://meeting.example.com/coach-demo";

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 第11期 (Hangzhou), which ended weeks ago; created RUNNING by createCohort, then finished. */
async function ensureFinishedCohort(prisma: TPrismaClient, today: Date): Promise<{ id: string; created: boolean }> {
  const course = await prisma.course.findUniqueOrThrow({ where: { slug: demoCourseSlug }, select: { id: true } });
  const existing = await prisma.cohort.findUnique({ where: { courseId_number: { courseId: course.id, number: finishedNumber } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const campus = await prisma.campus.findUniqueOrThrow({ where: { slug: "hangzhou" }, select: { id: true, addressZh: true } });
  const nextSaturday = firstWeekendOnOrAfter(localDateOf(today, "Asia/Shanghai"), "Asia/Shanghai");
  const { id } = await createCohort(prisma, {
    courseId: course.id,
    campusId: campus.id,
    number: finishedNumber,
    startDate: addDays(nextSaturday, -12 * 7),
    status: "RUNNING",
    listPriceFen: listPriceFenOf(finishedNumber),
    room: `${campus.addressZh} · 201 教室`,
  });
  await prisma.cohort.update({ where: { id }, data: { status: "FINISHED" } });
  return { id, created: true };
}

/**
 * Career coaching demo: the finished 第11期 with eight classmates and 张悦 (learner2@) completed;
 * 赵教练 (coach@) coaches 张悦 and two classmates, each with a note, and 张悦 has a session three
 * days from `today` at 20:00 Beijing time; the other graduates wait for staff to assign a coach.
 * Idempotent: what exists is left alone. Returns how many rows it created.
 */
export async function seedCoaching(prisma: TPrismaClient, today: Date): Promise<{ created: number }> {
  let created = 0;
  const cohort = await ensureFinishedCohort(prisma, today);
  if (cohort.created) created += 1;
  const lastSession = await prisma.cohortSession.findFirstOrThrow({ where: { cohortId: cohort.id }, orderBy: { index: "desc" }, select: { endsAt: true } });
  const classes = await prisma.cohortClass.findMany({ where: { cohortId: cohort.id }, orderBy: { code: "asc" }, select: { id: true } });

  const graduates: string[] = [];
  for (const n of graduateNumbers) {
    const user = await prisma.user.upsert({
      where: { email: classmateEmail(n) },
      create: { email: classmateEmail(n), name: `学员${String(n).padStart(2, "0")}` },
      update: {},
      select: { id: true },
    });
    graduates.push(user.id);
  }
  if (!(await prisma.user.findUnique({ where: { email: secondCoach.email }, select: { id: true } }))) {
    await prisma.user.create({ data: secondCoach });
    created += 1;
  }
  const learner2 = await prisma.user.findUniqueOrThrow({ where: { email: "learner2@demo.school" }, select: { id: true } });
  const enrollmentOf = new Map<string, string>();
  for (const [position, userId] of [learner2.id, ...graduates].entries()) {
    const existing = await prisma.enrollment.findFirst({ where: { cohortId: cohort.id, userId }, select: { id: true } });
    if (existing) {
      enrollmentOf.set(userId, existing.id);
      continue;
    }
    const enrollment = await prisma.enrollment.create({
      data: { cohortId: cohort.id, userId, classId: classes[position % classes.length]!.id, status: "COMPLETED", completedAt: lastSession.endsAt },
      select: { id: true },
    });
    enrollmentOf.set(userId, enrollment.id);
    created += 1;
  }

  const coach = await prisma.user.findUniqueOrThrow({ where: { email: "coach@demo.school" }, select: { id: true } });
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@demo.school" }, select: { id: true } });
  const coached = [
    { learnerId: learner2.id, note: "目标：转岗做大模型数据标注组长。简历已初改，下次重点练习面试中的标注质量案例。", session: true },
    { learnerId: graduates[0]!, note: "对 RLHF 偏好标注很感兴趣，建议投递两家数据服务公司。", session: false },
    { learnerId: graduates[1]!, note: "已拿到一家公司的笔试邀请，需要复习数学推理题的评分规范。", session: false },
  ];
  for (const plan of coached) {
    const existing = await prisma.coachAssignment.findFirst({ where: { learnerId: plan.learnerId }, select: { id: true } });
    if (existing) continue;
    const assignment = await prisma.coachAssignment.create({
      data: { learnerId: plan.learnerId, coachId: coach.id, enrollmentId: enrollmentOf.get(plan.learnerId) ?? null, assignedById: staff.id },
      select: { id: true },
    });
    await prisma.coachNote.create({ data: { assignmentId: assignment.id, authorId: coach.id, body: plan.note } });
    created += 2;
    if (plan.session) {
      const startsAt = instantFromLocal(addDays(localDateOf(today, "Asia/Shanghai"), 3), "20:00")!;
      await prisma.coachSession.create({
        data: { assignmentId: assignment.id, startsAt, durationMinutes: 60, onlineUrl: demoCoachingLink, topic: "模拟面试：标注质量案例" },
      });
      created += 1;
    }
  }
  return { created };
}
