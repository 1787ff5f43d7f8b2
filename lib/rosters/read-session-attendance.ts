import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AttendanceStatus } from "../generated/prisma/enums";
import { isStaff, visibleClassIds } from "../access/staff-access";

export type TAttendanceSession = { id: string; index: number; startsAt: Date; endsAt: Date; topicZh: string; topicEn: string; started: boolean };

export type TAttendanceRow = {
  enrollmentId: string;
  name: string;
  email: string;
  classCode: string;
  mark: AttendanceStatus | null;
  markedAt: Date | null;
};

export type TSessionAttendance = {
  cohort: { id: string; number: number };
  /** Every session of the cohort in order, with whether it has started by `now`. */
  sessions: TAttendanceSession[];
  /** The chosen session: the one asked for, else the latest that has started, else the first. */
  session: TAttendanceSession;
  classId: string | null;
  rows: TAttendanceRow[];
};

/**
 * One session's attendance sheet: the active and completed learners of the classes the actor may
 * see (staff: all; an instructor: the classes they teach; anyone else: forbidden), each with their
 * mark or null. Read-only.
 */
export async function readSessionAttendance(
  actor: TSessionUser,
  cohortId: string,
  options: { sessionId?: string | null; classId?: string | null; now?: Date } = {},
): Promise<TSessionAttendance> {
  const now = options.now ?? new Date();
  const visible = await visibleClassIds(actor, cohortId);
  const db = await getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      number: true,
      sessions: { orderBy: { index: "asc" }, select: { id: true, index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true } },
    },
  });
  if (!cohort) throw new AppError("cohortNotFound");
  if (visible.length === 0) throw new AppError("forbidden");
  const classId = options.classId || null;
  if (classId && !visible.includes(classId)) throw new AppError(isStaff(actor) ? "notFound" : "forbidden");

  const sessions = cohort.sessions.map((s) => ({ ...s, started: s.startsAt <= now }));
  if (sessions.length === 0) throw new AppError("notFound");
  const session = options.sessionId ? sessions.find((s) => s.id === options.sessionId) : ([...sessions].reverse().find((s) => s.started) ?? sessions[0]);
  if (!session) throw new AppError("notFound");

  const enrollments = await db.enrollment.findMany({
    where: { cohortId, classId: { in: classId ? [classId] : visible }, status: { in: ["ACTIVE", "COMPLETED"] } },
    select: {
      id: true,
      user: { select: { name: true, email: true } },
      class: { select: { code: true } },
      attendance: { where: { sessionId: session.id }, select: { status: true, markedAt: true } },
    },
  });
  const rows = enrollments
    .map((e) => ({
      enrollmentId: e.id,
      name: e.user.name,
      email: e.user.email,
      classCode: e.class.code,
      mark: e.attendance[0]?.status ?? null,
      markedAt: e.attendance[0]?.markedAt ?? null,
    }))
    .sort((a, b) => a.classCode.localeCompare(b.classCode) || a.name.localeCompare(b.name, "zh-CN") || a.email.localeCompare(b.email));
  return { cohort: { id: cohort.id, number: cohort.number }, sessions, session, classId, rows };
}
