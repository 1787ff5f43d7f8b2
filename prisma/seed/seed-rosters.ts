import type { TPrismaClient } from "../../lib/db/create-client";
import type { AttendanceStatus } from "../../lib/generated/prisma/enums";
import { demoCourseSlug } from "./seed-catalog";

/** Mostly present, now and then late or absent: a fixed pattern, so every seeded demo looks the same. */
function demoMark(sessionIndex: number, position: number): AttendanceStatus {
  const n = (sessionIndex * 7 + position * 3) % 17;
  if (n === 0) return "ABSENT";
  if (n === 1 || n === 9) return "LATE";
  return "PRESENT";
}

/**
 * Teachers and attendance of the running 第12期: 王老师 (instructor@) teaches class A and 刘老师
 * (instructor2@) class B; the sessions that started before `today` get attendance marked by the
 * class's teacher. Idempotent: instructors are only set when different, and attendance is only
 * written while the cohort has none (a later run, with a later `today`, adds nothing).
 */
export async function seedRosters(prisma: TPrismaClient, today: Date): Promise<{ attendanceCreated: number }> {
  const cohort = await prisma.cohort.findFirstOrThrow({ where: { course: { slug: demoCourseSlug }, number: 12 }, select: { id: true } });
  const teacherOf = {
    A: await prisma.user.findUniqueOrThrow({ where: { email: "instructor@demo.school" }, select: { id: true } }),
    B: await prisma.user.findUniqueOrThrow({ where: { email: "instructor2@demo.school" }, select: { id: true } }),
  };
  const classes = await prisma.cohortClass.findMany({ where: { cohortId: cohort.id }, select: { id: true, code: true, instructorId: true } });
  const markerOf = new Map<string, string>();
  for (const cohortClass of classes) {
    const teacher = cohortClass.code === "A" || cohortClass.code === "B" ? teacherOf[cohortClass.code] : null;
    if (!teacher) continue;
    markerOf.set(cohortClass.id, teacher.id);
    if (cohortClass.instructorId !== teacher.id) {
      await prisma.cohortClass.update({ where: { id: cohortClass.id }, data: { instructorId: teacher.id } });
    }
  }

  if ((await prisma.attendance.count({ where: { session: { cohortId: cohort.id } } })) > 0) return { attendanceCreated: 0 };
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@demo.school" }, select: { id: true } });
  const sessions = await prisma.cohortSession.findMany({
    where: { cohortId: cohort.id, startsAt: { lte: today } },
    orderBy: { index: "asc" },
    select: { id: true, index: true, endsAt: true },
  });
  const enrollments = await prisma.enrollment.findMany({
    where: { cohortId: cohort.id, status: { in: ["ACTIVE", "COMPLETED"] } },
    orderBy: { user: { email: "asc" } },
    select: { id: true, classId: true },
  });
  const data = sessions.flatMap((session) =>
    enrollments.map((enrollment, position) => ({
      sessionId: session.id,
      enrollmentId: enrollment.id,
      status: demoMark(session.index, position),
      markedById: markerOf.get(enrollment.classId) ?? staff.id,
      markedAt: session.endsAt < today ? session.endsAt : today,
    })),
  );
  const { count } = await prisma.attendance.createMany({ data, skipDuplicates: true });
  return { attendanceCreated: count };
}
