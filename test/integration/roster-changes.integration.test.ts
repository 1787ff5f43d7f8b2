import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { completeEnrollments } from "../../lib/rosters/complete-enrollments";
import { markAttendance } from "../../lib/rosters/mark-attendance";
import { moveEnrollmentToClass } from "../../lib/rosters/move-class";
import { readSessionAttendance } from "../../lib/rosters/read-session-attendance";
import { failsWith } from "../support/actors";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { rosterScenario } from "../support/roster-scenario";
import { useTestDatabase } from "../support/test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

/** What changes a roster: attendance, moving a learner between classes, completing (reads and the CSV: rosters.integration.test.ts). */
describe("roster changes", () => {
  it("attendance: the class's instructor marks, re-marking updates the one row, other instructors and future sessions are refused", async () => {
    const s = await rosterScenario();
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
    const s = await rosterScenario();
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
    const s = await rosterScenario();
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
    const s = await rosterScenario();
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
});
