import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "../../lib/auth/session";
import { getDb } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/enums";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { useTestDatabase } from "../support/test-database";
import { completeEnrollments } from "../../lib/rosters/complete-enrollments";
import { markAttendance } from "../../lib/rosters/mark-attendance";
import { moveEnrollmentToClass } from "../../lib/rosters/move-class";
import { readClassCohort } from "../../lib/rosters/read-class-cohort";
import { readRoster } from "../../lib/rosters/read-roster";
import { readSessionAttendance } from "../../lib/rosters/read-session-attendance";
import { readTaughtClasses } from "../../lib/rosters/read-taught-classes";
import { failsWith } from "../support/actors";

// The CSV route handler reads the signed-in user and the UI language from the request; here they
// come from `signedIn` and Chinese. Course content: three lessons, one of them a draft.
const signedIn = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("../../lib/auth/guards", async () => {
  const { AppError: Failure } = await import("../../lib/errors");
  return {
    assertUser: async () => {
      if (!signedIn.user) throw new Failure("unauthenticated");
      return signedIn.user;
    },
  };
});
vi.mock("../../lib/i18n/server", () => ({ getLocale: async () => "zh" }));
vi.mock("../../lib/content/load-course", () => ({
  loadCourseContent: async (slug: string) => ({
    slug,
    lessons: [
      { slug: "01-one", draft: false },
      { slug: "02-two", draft: false },
      { slug: "00-guide", draft: true },
    ],
  }),
}));

const { GET } = await import("../../app/api/staff/cohorts/[cohortId]/roster.csv/route");

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

async function actor(role: Role, name: string): Promise<TSessionUser> {
  const db = await getDb();
  const [id] = (await createTestUsers(1, name.toLowerCase())) as [string];
  const user = await db.user.update({ where: { id }, data: { role, name }, select: { id: true, email: true, name: true, role: true } });
  return { ...user, locale: "zh" };
}

/** A cohort with classes A (3 places) and B (2), an instructor for each, learners and one paid order. */
async function scenario() {
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

describe("rosters", () => {
  it("staff see every class with payments, progress and attendance; search by name or email", async () => {
    const s = await scenario();
    await markAttendance(
      s.staff,
      s.sessions[0]!.id,
      [
        { enrollmentId: s.e.amy, status: "PRESENT" },
        { enrollmentId: s.e.bob, status: "ABSENT" },
      ],
      s.now,
    );
    await markAttendance(s.staff, s.sessions[1]!.id, [{ enrollmentId: s.e.amy, status: "LATE" }], s.now);
    const roster = await readRoster(s.staff, s.cohortId, { now: s.now });
    expect(roster.withPayments).toBe(true);
    expect(roster.classes.map((c) => [c.code, c.size, c.capacity, c.instructorName])).toEqual([
      ["A", 2, 3, "TeacherA"],
      ["B", 2, 2, "TeacherB"],
    ]);
    expect(roster.rows).toHaveLength(4);
    expect(roster.lessonsTotal).toBe(2);
    expect(roster.sessionsHeld).toBe(3);
    const amy = roster.rows.find((row) => row.enrollmentId === s.e.amy);
    expect(amy).toMatchObject({ name: "周小美", classCode: "A", lessonsCompleted: 1, attended: 2 });
    expect(roster.withPayments && roster.rows.find((row) => row.enrollmentId === s.e.amy)?.payment).toEqual({
      orderId: s.order.id,
      status: "PAID",
      amountFen: 2_199_900,
      refundedFen: 0,
      method: "alipay",
    });
    expect(roster.withPayments && roster.rows.find((row) => row.enrollmentId === s.e.bob)?.payment).toBeNull();

    expect((await readRoster(s.staff, s.cohortId, { query: "小美", now: s.now })).rows.map((r) => r.enrollmentId)).toEqual([s.e.amy]);
    expect((await readRoster(s.staff, s.cohortId, { query: "amy.zhou", now: s.now })).rows.map((r) => r.enrollmentId)).toEqual([s.e.amy]);
    expect((await readRoster(s.staff, s.cohortId, { query: "nobody-here", now: s.now })).rows).toEqual([]);
    expect((await readRoster(s.staff, s.cohortId, { classId: s.classB, now: s.now })).rows.map((r) => r.classCode)).toEqual(["B", "B"]);
  });

  it("an instructor sees only the class they teach, without any payment data; others are forbidden", async () => {
    const s = await scenario();
    const roster = await readRoster(s.teacherA, s.cohortId, { now: s.now });
    expect(roster.withPayments).toBe(false);
    expect(roster.classes.map((c) => c.code)).toEqual(["A"]);
    expect(roster.rows.map((r) => r.enrollmentId).sort()).toEqual([s.e.amy, s.e.bob].sort());
    for (const row of roster.rows) expect(Object.keys(row)).not.toContain("payment");
    const serialized = JSON.stringify(roster);
    expect(serialized).not.toContain(s.order.id);
    expect(serialized).not.toContain("2199900");
    await expect(readRoster(s.teacherA, s.cohortId, { classId: s.classB })).rejects.toSatisfy(failsWith("forbidden"));
    const other = await actor("INSTRUCTOR", "Stranger");
    await expect(readRoster(other, s.cohortId)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readRoster(s.learner, s.cohortId)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readRoster(s.coach, s.cohortId)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readRoster(s.staff, "no-such-cohort")).rejects.toSatisfy(failsWith("cohortNotFound"));
  });

  it("an instructor's classes: listed across cohorts, and only their own can be opened by class", async () => {
    const s = await scenario();
    const taught = await readTaughtClasses(s.teacherA);
    expect(taught.map((c) => [c.id, c.code, c.size, c.capacity])).toEqual([[s.classA, "A", 2, 3]]);
    expect(await readClassCohort(s.teacherA, s.classA)).toMatchObject({ classId: s.classA, code: "A", cohortId: s.cohortId });
    await expect(readClassCohort(s.teacherA, s.classB)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readClassCohort(s.teacherA, "no-such-class")).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readClassCohort(s.staff, "no-such-class")).rejects.toSatisfy(failsWith("notFound"));
    expect((await readClassCohort(s.staff, s.classB)).code).toBe("B");
    await expect(readClassCohort(s.learner, s.classA)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readTaughtClasses(s.coach)).rejects.toSatisfy(failsWith("forbidden"));
  });

  it("attendance: the class's instructor marks, re-marking updates the one row, other instructors and future sessions are refused", async () => {
    const s = await scenario();
    const db = await getDb();
    const session = s.sessions[2]!.id;
    expect(
      await markAttendance(
        s.teacherA,
        session,
        [
          { enrollmentId: s.e.amy, status: "PRESENT" },
          { enrollmentId: s.e.bob, status: "LATE" },
        ],
        s.now,
      ),
    ).toEqual({ saved: 2, cleared: 0 });
    await markAttendance(s.teacherA, session, [{ enrollmentId: s.e.amy, status: "ABSENT" }], s.now);
    const rows = await db.attendance.findMany({ where: { sessionId: session, enrollmentId: s.e.amy }, select: { status: true, markedById: true } });
    expect(rows).toEqual([{ status: "ABSENT", markedById: s.teacherA.id }]);

    await expect(markAttendance(s.teacherB, session, [{ enrollmentId: s.e.amy, status: "PRESENT" }], s.now)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(markAttendance(s.learner, session, [{ enrollmentId: s.e.amy, status: "PRESENT" }], s.now)).rejects.toSatisfy(failsWith("forbidden"));
    const future = s.sessions[5]!.id;
    await expect(markAttendance(s.teacherA, future, [{ enrollmentId: s.e.amy, status: "PRESENT" }], s.now)).rejects.toSatisfy(failsWith("sessionNotStarted"));
    await expect(markAttendance(s.teacherA, future, [{ enrollmentId: s.e.amy, status: "LATE" }], s.now)).rejects.toSatisfy(failsWith("sessionNotStarted"));
    expect(await markAttendance(s.teacherA, future, [{ enrollmentId: s.e.amy, status: "EXCUSED" }], s.now)).toEqual({ saved: 1, cleared: 0 });
    expect(await db.attendance.count({ where: { sessionId: future, status: { in: ["PRESENT", "LATE"] } } })).toBe(0);

    // A whole list is all-or-nothing: one learner of class B makes teacher A's save fail entirely.
    await expect(
      markAttendance(
        s.teacherA,
        s.sessions[0]!.id,
        [
          { enrollmentId: s.e.amy, status: "PRESENT" },
          { enrollmentId: s.e.cai, status: "PRESENT" },
        ],
        s.now,
      ),
    ).rejects.toSatisfy(failsWith("forbidden"));
    expect(await db.attendance.count({ where: { sessionId: s.sessions[0]!.id } })).toBe(0);

    const sheet = await readSessionAttendance(s.teacherA, s.cohortId, { now: s.now });
    expect(sheet.session.id).toBe(session);
    expect(sheet.sessions.filter((x) => x.started)).toHaveLength(3);
    expect(sheet.rows.map((r) => [r.enrollmentId, r.mark]).sort()).toEqual(
      [
        [s.e.amy, "ABSENT"],
        [s.e.bob, "LATE"],
      ].sort(),
    );
    expect(await markAttendance(s.teacherA, session, [{ enrollmentId: s.e.bob, status: null }], s.now)).toEqual({ saved: 0, cleared: 1 });
    expect((await readSessionAttendance(s.staff, s.cohortId, { sessionId: session, now: s.now })).rows).toHaveLength(4);

    await db.enrollment.update({ where: { id: s.e.dan }, data: { status: "REFUNDED" } });
    await expect(markAttendance(s.staff, session, [{ enrollmentId: s.e.dan, status: "PRESENT" }], s.now)).rejects.toSatisfy(failsWith("enrollmentNotActive"));
    await expect(readSessionAttendance(s.teacherB, s.cohortId, { classId: s.classA, now: s.now })).rejects.toSatisfy(failsWith("forbidden"));
  });

  it("moving a learner: staff only, refused into a full class, audited with the class codes", async () => {
    const s = await scenario();
    const db = await getDb();
    await expect(moveEnrollmentToClass(s.teacherA, { enrollmentId: s.e.amy, classId: s.classB })).rejects.toSatisfy(failsWith("forbidden"));
    await expect(moveEnrollmentToClass(s.staff, { enrollmentId: s.e.amy, classId: s.classB })).rejects.toSatisfy(failsWith("classFull"));
    expect(await moveEnrollmentToClass(s.staff, { enrollmentId: s.e.cai, classId: s.classA })).toEqual({
      enrollmentId: s.e.cai,
      fromClassCode: "B",
      toClassCode: "A",
      moved: true,
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: s.e.cai }, select: { classId: true } })).classId).toBe(s.classA);
    const audit = await db.auditLog.findMany({
      where: { action: "enrollment.moveClass", entityId: s.e.cai },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual([{ actorId: s.staff.id, before: { classId: s.classB, classCode: "B" }, after: { classId: s.classA, classCode: "A" } }]);
    const other = await createTestCohort();
    const otherClass = await db.cohortClass.findFirstOrThrow({ where: { cohortId: other.cohortId }, select: { id: true } });
    await expect(moveEnrollmentToClass(s.staff, { enrollmentId: s.e.bob, classId: otherClass.id })).rejects.toSatisfy(failsWith("notFound"));
  });

  it("concurrent moves into the last place of a class: exactly one succeeds", async () => {
    const s = await scenario();
    const db = await getDb();
    const [eve, fay] = (await createTestUsers(2, "mover")) as [string, string];
    await db.enrollment.delete({ where: { id: s.e.dan } });
    // Class B: one place left; two learners of class A want it at once.
    const movers = [s.e.amy, s.e.bob];
    for (const userId of [eve, fay])
      movers.push((await db.enrollment.create({ data: { cohortId: s.cohortId, userId, classId: s.classA }, select: { id: true } })).id);
    const results = await Promise.allSettled(movers.map((enrollmentId) => moveEnrollmentToClass(s.staff, { enrollmentId, classId: s.classB })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(failsWith("classFull")(r.reason)).toBe(true);
    expect(await db.enrollment.count({ where: { classId: s.classB, status: "ACTIVE" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "enrollment.moveClass", entityId: { in: movers } } })).toBe(1);
  });

  it("completing: one enrollment or the whole cohort, staff only, audited, idempotent", async () => {
    const s = await scenario();
    const db = await getDb();
    const when = new Date("2030-05-01T08:00:00Z");
    await expect(completeEnrollments(s.teacherA, { enrollmentId: s.e.amy })).rejects.toSatisfy(failsWith("forbidden"));
    expect(await completeEnrollments(s.staff, { enrollmentId: s.e.amy }, when)).toEqual({ completed: 1 });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: s.e.amy }, select: { status: true, completedAt: true } })).toEqual({
      status: "COMPLETED",
      completedAt: when,
    });
    expect(await completeEnrollments(s.staff, { enrollmentId: s.e.amy }, when)).toEqual({ completed: 0 });
    await db.enrollment.update({ where: { id: s.e.dan }, data: { status: "CANCELLED" } });
    await expect(completeEnrollments(s.staff, { enrollmentId: s.e.dan })).rejects.toSatisfy(failsWith("enrollmentNotActive"));
    expect(await completeEnrollments(s.staff, { cohortId: s.cohortId }, when)).toEqual({ completed: 2 });
    const statuses = await db.enrollment.findMany({ where: { cohortId: s.cohortId }, select: { id: true, status: true } });
    expect(
      statuses
        .filter((e) => e.status === "COMPLETED")
        .map((e) => e.id)
        .sort(),
    ).toEqual([s.e.amy, s.e.bob, s.e.cai].sort());
    expect(await db.auditLog.count({ where: { action: "enrollment.complete", entityId: { in: Object.values(s.e) } } })).toBe(3);
  });

  it("the CSV download: Excel-ready for staff, no payment columns for the instructor, JSON errors otherwise", async () => {
    const s = await scenario();
    const get = (query = "") =>
      GET(new Request(`http://localhost/api/staff/cohorts/${s.cohortId}/roster.csv${query}`), { params: Promise.resolve({ cohortId: s.cohortId }) });

    signedIn.user = s.staff;
    const staffAnswer = await get();
    expect(staffAnswer.status).toBe(200);
    expect(staffAnswer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(staffAnswer.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("第13期-花名册.csv")}`);
    const bytes = new Uint8Array(await staffAnswer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("姓名,邮箱,班级,报名状态,课程进度,出勤,付款状态,金额（元）,支付方式");
    expect(lines).toHaveLength(6);
    expect(text).toContain("周小美");
    expect(text).toContain("已付款,21999.00,支付宝");

    signedIn.user = s.teacherA;
    const teacherText = await (await get()).text();
    expect(teacherText.split("\r\n")[0]).toBe("姓名,邮箱,班级,报名状态,课程进度,出勤");
    expect(teacherText).not.toContain("21999");
    expect(teacherText.split("\r\n").filter(Boolean)).toHaveLength(3);
    const forbidden = await get(`?classId=${s.classB}`);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ ok: false, error: { code: "forbidden" } });

    signedIn.user = s.learner;
    expect((await get()).status).toBe(403);
    signedIn.user = null;
    expect((await get()).status).toBe(401);
    signedIn.user = s.staff;
    const missing = await GET(new Request("http://localhost/x"), { params: Promise.resolve({ cohortId: "missing" }) });
    expect(missing.status).toBe(404);
  });
});
