import "server-only";
import type { TSessionUser } from "../auth/session";
import { loadCourseContent } from "../content/load-course";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { EnrollmentStatus, OrderStatus } from "../generated/prisma/enums";
import { isStaff, visibleClassIds } from "../access/staff-access";

export type TRosterClass = { id: string; code: string; capacity: number; size: number; instructorName: string | null };

export type TRosterCohort = {
  id: string;
  number: number;
  courseSlug: string;
  courseTitleZh: string;
  courseTitleEn: string;
  campusZh: string;
  campusEn: string;
  startDate: string;
};

/** One learner of the roster as an instructor sees it: no money at all. */
export type TRosterRow = {
  enrollmentId: string;
  userId: string;
  name: string;
  email: string;
  classId: string;
  classCode: string;
  status: EnrollmentStatus;
  completedAt: Date | null;
  lessonsCompleted: number;
  /** Sessions marked present or late among those held so far. */
  attended: number;
};

export type TRosterPayment = { orderId: string; status: OrderStatus; amountFen: number; refundedFen: number; method: string | null };

/** A row as staff see it: the learner's latest order for the cohort (null when there is none). */
export type TStaffRosterRow = TRosterRow & { payment: TRosterPayment | null };

type TRosterBase = {
  cohort: TRosterCohort;
  /** The classes the actor may see, with their active learners, capacity and instructor. */
  classes: TRosterClass[];
  classId: string | null;
  query: string;
  /** Non-draft lessons of the course. */
  lessonsTotal: number;
  /** Sessions that have started by `now`. */
  sessionsHeld: number;
};

/** Staff get payments; instructors get rows that do not carry any payment field. */
export type TRoster = (TRosterBase & { withPayments: true; rows: TStaffRosterRow[] }) | (TRosterBase & { withPayments: false; rows: TRosterRow[] });

const statusOrder: Record<EnrollmentStatus, number> = { ACTIVE: 0, COMPLETED: 1, TRANSFERRED: 2, CANCELLED: 3, REFUNDED: 4 };

/**
 * A cohort's roster, or one class of it: every enrollment (active and completed first) with the
 * learner's lesson progress and attendance, searchable by name or email (case-insensitive).
 * Staff and admins see every class and each learner's latest order; an instructor sees only the
 * classes they teach and never payments; anyone else gets forbidden. Read-only.
 */
export async function readRoster(
  actor: TSessionUser,
  cohortId: string,
  options: { classId?: string | null; query?: string | null; now?: Date } = {},
): Promise<TRoster> {
  const now = options.now ?? new Date();
  const visible = await visibleClassIds(actor, cohortId);
  const db = await getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      number: true,
      startDate: true,
      course: { select: { slug: true, titleZh: true, titleEn: true } },
      campus: { select: { nameZh: true, nameEn: true } },
    },
  });
  if (!cohort) throw new AppError("cohortNotFound");
  if (visible.length === 0) throw new AppError("forbidden");
  const classId = options.classId || null;
  if (classId && !visible.includes(classId)) throw new AppError(isStaff(actor) ? "notFound" : "forbidden");
  const shownClassIds = classId ? [classId] : visible;
  const query = (options.query ?? "").trim().slice(0, 100);

  const [classes, enrollments, sessionsHeld, course] = await Promise.all([
    db.cohortClass.findMany({
      where: { id: { in: visible } },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        capacity: true,
        instructor: { select: { name: true } },
        _count: { select: { enrollments: { where: { status: "ACTIVE" } } } },
      },
    }),
    db.enrollment.findMany({
      where: {
        cohortId,
        classId: { in: shownClassIds },
        ...(query ? { user: { OR: [{ name: { contains: query, mode: "insensitive" } }, { email: { contains: query, mode: "insensitive" } }] } } : {}),
      },
      select: {
        id: true,
        userId: true,
        classId: true,
        status: true,
        completedAt: true,
        user: { select: { name: true, email: true } },
        class: { select: { code: true } },
      },
    }),
    db.cohortSession.count({ where: { cohortId, startsAt: { lte: now } } }),
    loadCourseContent(cohort.course.slug),
  ]);

  const lessonSlugs = (course?.lessons ?? []).filter((lesson) => !lesson.draft).map((lesson) => lesson.slug);
  const userIds = enrollments.map((e) => e.userId);
  const [progress, attendance] = await Promise.all([
    lessonSlugs.length === 0 || userIds.length === 0
      ? []
      : db.lessonProgress.findMany({
          where: { userId: { in: userIds }, courseSlug: cohort.course.slug, lessonSlug: { in: lessonSlugs }, completedAt: { not: null } },
          select: { userId: true },
        }),
    db.attendance.findMany({
      where: { enrollmentId: { in: enrollments.map((e) => e.id) }, status: { in: ["PRESENT", "LATE"] }, session: { startsAt: { lte: now } } },
      select: { enrollmentId: true },
    }),
  ]);
  const lessonsDone = countBy(progress.map((p) => p.userId));
  const attended = countBy(attendance.map((a) => a.enrollmentId));

  const rows: TRosterRow[] = enrollments
    .map((e) => ({
      enrollmentId: e.id,
      userId: e.userId,
      name: e.user.name,
      email: e.user.email,
      classId: e.classId,
      classCode: e.class.code,
      status: e.status,
      completedAt: e.completedAt,
      lessonsCompleted: lessonsDone.get(e.userId) ?? 0,
      attended: attended.get(e.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        a.classCode.localeCompare(b.classCode) ||
        statusOrder[a.status] - statusOrder[b.status] ||
        a.name.localeCompare(b.name, "zh-CN") ||
        a.email.localeCompare(b.email),
    );

  const base: TRosterBase = {
    cohort: {
      id: cohort.id,
      number: cohort.number,
      startDate: cohort.startDate,
      courseSlug: cohort.course.slug,
      courseTitleZh: cohort.course.titleZh,
      courseTitleEn: cohort.course.titleEn,
      campusZh: cohort.campus.nameZh,
      campusEn: cohort.campus.nameEn,
    },
    classes: classes.map((c) => ({ id: c.id, code: c.code, capacity: c.capacity, size: c._count.enrollments, instructorName: c.instructor?.name ?? null })),
    classId,
    query,
    lessonsTotal: lessonSlugs.length,
    sessionsHeld,
  };
  if (!isStaff(actor)) return { ...base, withPayments: false, rows };

  const orders = await db.order.findMany({
    where: { cohortId, userId: { in: userIds } },
    orderBy: { createdAt: "desc" },
    select: { id: true, userId: true, status: true, amountFen: true, refundedFen: true, paymentMethod: true },
  });
  const latest = new Map<string, TRosterPayment>();
  for (const order of orders) {
    if (latest.has(order.userId)) continue;
    latest.set(order.userId, {
      orderId: order.id,
      status: order.status,
      amountFen: order.amountFen,
      refundedFen: order.refundedFen,
      method: order.paymentMethod,
    });
  }
  return { ...base, withPayments: true, rows: rows.map((row) => ({ ...row, payment: latest.get(row.userId) ?? null })) };
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
