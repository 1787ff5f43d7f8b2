import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import type { Role } from "../generated/prisma/enums";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { addCoachNote } from "./add-coach-note";
import { assignCoach } from "./assign-coach";
import { readCoachingCandidates } from "./read-coaching-candidates";
import { readAssignment } from "./read-assignment";
import { readCoachLearners } from "./read-coach-learners";
import { readMyCoach } from "./read-my-coach";
import { scheduleCoachSession } from "./schedule-coach-session";
import { updateCoachSession } from "./update-coach-session";
import { failsWith } from "../../test/support/actors";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

const hour = 3_600_000;

async function users(count: number, prefix: string, role: Role): Promise<TSessionUser[]> {
  const ids = await createTestUsers(count, prefix);
  const db = await getDb();
  await db.user.updateMany({ where: { id: { in: ids } }, data: { role } });
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, name: true, role: true, locale: true } });
  return ids.map((id) => rows.find((row) => row.id === id)!);
}

/** Enrolls the learners in a fresh cohort (sessions in March–April 2030) with the given status. */
async function enroll(learnerIds: string[], status: "ACTIVE" | "COMPLETED") {
  const { cohortId } = await createTestCohort({ status: "RUNNING" });
  const db = await getDb();
  const cohortClass = await db.cohortClass.findFirstOrThrow({ where: { cohortId }, select: { id: true } });
  for (const userId of learnerIds) {
    await db.enrollment.create({ data: { cohortId, userId, classId: cohortClass.id, status, completedAt: status === "COMPLETED" ? new Date() : null } });
  }
  return cohortId;
}

async function mailsTo(email: string) {
  const db = await getDb();
  return db.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true } });
}

describe("assigning a coach", () => {
  it("assigns an eligible learner, audits it and mails the learner and the coach; refuses learners who have not finished", async () => {
    const [staff] = await users(1, "staff", "STAFF");
    const [coach] = await users(1, "coach", "COACH");
    const [graduate, current, finishedActive] = await users(3, "learner", "LEARNER");
    await enroll([graduate!.id], "COMPLETED");
    await enroll([current!.id, finishedActive!.id], "ACTIVE");

    await expect(assignCoach(staff!, { learnerId: current!.id, coachId: coach!.id })).rejects.toSatisfy(failsWith("notEligibleForCoach"));
    // An active enrollment counts once the cohort's last session (April 2030) has ended.
    const later = new Date("2031-01-01T00:00:00Z");
    await expect(assignCoach(staff!, { learnerId: finishedActive!.id, coachId: coach!.id, now: later })).resolves.toMatchObject({ changed: true });

    const candidates = await readCoachingCandidates(staff!);
    expect(candidates.candidates.map((c) => c.id)).toContain(graduate!.id);
    expect(candidates.candidates.map((c) => c.id)).not.toContain(current!.id);
    expect(candidates.coaches.find((c) => c.id === coach!.id)?.openAssignments).toBe(1);

    const { assignmentId } = await assignCoach(staff!, { learnerId: graduate!.id, coachId: coach!.id });
    const db = await getDb();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "coach.assign", entityId: assignmentId } });
    expect(audit.actorId).toBe(staff!.id);
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ learnerId: graduate!.id, coachId: coach!.id });
    expect((await mailsTo(graduate!.email)).map((m) => m.subject)).toEqual([`你的职业教练：${coach!.name}`]);
    expect((await mailsTo(coach!.email)).map((m) => m.subject)).toContain(`新学员：${graduate!.name}`);
    const after = await readCoachingCandidates(staff!);
    expect(after.candidates.map((c) => c.id)).not.toContain(graduate!.id);
    expect(after.assignments.map((a) => a.id)).toContain(assignmentId);
  });

  it("only staff assign, only to a COACH; reassigning ends the open assignment and the same coach again changes nothing", async () => {
    const [staff, admin] = [...(await users(1, "staff", "STAFF")), ...(await users(1, "admin", "ADMIN"))];
    const [coachA, coachB] = await users(2, "coach", "COACH");
    const [learner, instructor] = [...(await users(1, "learner", "LEARNER")), ...(await users(1, "teacher", "INSTRUCTOR"))];
    await enroll([learner!.id], "COMPLETED");

    await expect(assignCoach(coachA!, { learnerId: learner!.id, coachId: coachA!.id })).rejects.toSatisfy(failsWith("forbidden"));
    await expect(assignCoach(learner!, { learnerId: learner!.id, coachId: coachA!.id })).rejects.toSatisfy(failsWith("forbidden"));
    await expect(assignCoach(staff!, { learnerId: learner!.id, coachId: instructor!.id })).rejects.toSatisfy(failsWith("notACoach"));
    await expect(assignCoach(staff!, { learnerId: learner!.id, coachId: admin!.id })).rejects.toSatisfy(failsWith("notACoach"));

    const first = await assignCoach(staff!, { learnerId: learner!.id, coachId: coachA!.id });
    expect(await assignCoach(staff!, { learnerId: learner!.id, coachId: coachA!.id })).toEqual({ assignmentId: first.assignmentId, changed: false });
    const second = await assignCoach(admin!, { learnerId: learner!.id, coachId: coachB!.id });
    const db = await getDb();
    const rows = await db.coachAssignment.findMany({
      where: { learnerId: learner!.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, coachId: true, endedAt: true },
    });
    expect(rows.map((row) => [row.coachId, row.endedAt === null])).toEqual([
      [coachA!.id, false],
      [coachB!.id, true],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "coach.assign", entityId: second.assignmentId } });
    expect(audit.before).toEqual({ assignmentId: first.assignmentId, coachId: coachA!.id });
    expect(await db.auditLog.count({ where: { action: "coach.assign", entityId: { in: rows.map((row) => row.id) } } })).toBe(2);
    expect(await readCoachLearners(coachA!)).toEqual([]);
  });
  it("two staff assigning the same learner at once leave exactly one open assignment", async () => {
    const [staffA, staffB] = await users(2, "staff", "STAFF");
    const [coachA, coachB] = await users(2, "coach", "COACH");
    const learners = await users(8, "learner", "LEARNER");
    const ids = learners.map((learner) => learner.id);
    await enroll(ids, "COMPLETED");
    await Promise.all(
      ids.flatMap((learnerId) => [assignCoach(staffA!, { learnerId, coachId: coachA!.id }), assignCoach(staffB!, { learnerId, coachId: coachB!.id })]),
    );
    const db = await getDb();
    const open = await db.coachAssignment.groupBy({ by: ["learnerId"], where: { learnerId: { in: ids }, endedAt: null }, _count: { _all: true } });
    expect(open.map((row) => row._count._all)).toEqual(ids.map(() => 1));
  });
});

describe("a coach sees only their own learners", () => {
  it("scopes reads and writes to the assignment's coach; staff see all; learners are forbidden", async () => {
    const [staff] = await users(1, "staff", "STAFF");
    const [mine, other] = await users(2, "coach", "COACH");
    const [alice, bob] = await users(2, "learner", "LEARNER");
    await enroll([alice!.id, bob!.id], "COMPLETED");
    const a = await assignCoach(staff!, { learnerId: alice!.id, coachId: mine!.id });
    const b = await assignCoach(staff!, { learnerId: bob!.id, coachId: other!.id });

    expect((await readCoachLearners(mine!)).map((row) => row.learner.email)).toEqual([alice!.email]);
    // A coach asking for another coach's learners still gets only their own.
    expect((await readCoachLearners(mine!, { coachId: other!.id })).map((row) => row.id)).toEqual([a.assignmentId]);
    expect((await readCoachLearners(staff!, { coachId: other!.id })).map((row) => row.id)).toEqual([b.assignmentId]);

    expect((await readAssignment(mine!, a.assignmentId)).learner.name).toBe(alice!.name);
    await expect(readAssignment(mine!, b.assignmentId)).rejects.toSatisfy(failsWith("notFound"));
    await expect(readAssignment(alice!, a.assignmentId)).rejects.toSatisfy(failsWith("forbidden"));
    await expect(readCoachLearners(alice!)).rejects.toSatisfy(failsWith("forbidden"));
    expect((await readAssignment(staff!, b.assignmentId)).coach.email).toBe(other!.email);

    await expect(addCoachNote(mine!, { assignmentId: b.assignmentId, body: "不该写进去" })).rejects.toSatisfy(failsWith("notFound"));
    await expect(addCoachNote(alice!, { assignmentId: a.assignmentId, body: "学员自己写" })).rejects.toSatisfy(failsWith("forbidden"));
    await expect(
      scheduleCoachSession(mine!, { assignmentId: b.assignmentId, startsAt: new Date(Date.now() + 24 * hour), durationMinutes: 60 }),
    ).rejects.toSatisfy(failsWith("notFound"));
    const { sessionId } = await scheduleCoachSession(other!, { assignmentId: b.assignmentId, startsAt: new Date(Date.now() + 24 * hour), durationMinutes: 60 });
    await expect(updateCoachSession(mine!, { sessionId, status: "CANCELLED" })).rejects.toSatisfy(failsWith("notFound"));
    const db = await getDb();
    expect(await db.coachNote.count({ where: { assignmentId: b.assignmentId } })).toBe(0);
    expect((await db.coachSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("SCHEDULED");
  });
});

describe("notes and sessions", () => {
  it("keeps notes, refuses bad sessions, mails both about a scheduled session and the learner about a cancelled one", async () => {
    const [staff] = await users(1, "staff", "STAFF");
    const [coach] = await users(1, "coach", "COACH");
    const [learner] = await users(1, "learner", "LEARNER");
    await enroll([learner!.id], "COMPLETED");
    const { assignmentId } = await assignCoach(staff!, { learnerId: learner!.id, coachId: coach!.id });

    await addCoachNote(coach!, { assignmentId, body: "  想转岗做数据标注组长  " });
    await expect(addCoachNote(coach!, { assignmentId, body: "   " })).rejects.toSatisfy(failsWith("invalidInput"));
    expect((await readAssignment(coach!, assignmentId)).notes.map((note) => note.body)).toEqual(["想转岗做数据标注组长"]);

    const now = new Date("2030-06-01T00:00:00Z");
    const base = { assignmentId, durationMinutes: 60 };
    await expect(scheduleCoachSession(coach!, { ...base, startsAt: new Date(now.getTime() - hour) }, now)).rejects.toSatisfy(failsWith("coachSessionInPast"));
    await expect(scheduleCoachSession(coach!, { ...base, startsAt: now }, now)).rejects.toSatisfy(failsWith("coachSessionInPast"));
    await expect(scheduleCoachSession(coach!, { ...base, startsAt: new Date(now.getTime() + hour), durationMinutes: 10 }, now)).rejects.toSatisfy(
      failsWith("coachSessionDuration"),
    );
    await expect(scheduleCoachSession(coach!, { ...base, startsAt: new Date(now.getTime() + hour), durationMinutes: 241 }, now)).rejects.toSatisfy(
      failsWith("coachSessionDuration"),
    );
    await expect(
      scheduleCoachSession(coach!, { ...base, startsAt: new Date(now.getTime() + hour), onlineUrl: "http://meet.example.com/x" }, now),
    ).rejects.toSatisfy(failsWith("coachLinkInvalid"));
    await expect(scheduleCoachSession(coach!, { ...base, startsAt: new Date(now.getTime() + hour), onlineUrl: "javascript:alert(1)" }, now)).rejects.toSatisfy(
      failsWith("coachLinkInvalid"),
    );

    // 20:00 in Shanghai on 3 June 2030.
    const startsAt = new Date("2030-06-03T12:00:00Z");
    const { sessionId } = await scheduleCoachSession(coach!, { ...base, startsAt, onlineUrl: "https://meeting.example.com/abc", topic: "简历修改" }, now);
    const toLearner = (await mailsTo(learner!.email)).at(-1)!;
    const toCoach = (await mailsTo(coach!.email)).at(-1)!;
    for (const mail of [toLearner, toCoach]) {
      expect(mail.subject).toContain("一对一辅导已安排");
      expect(mail.text).toContain("20:00");
      expect(mail.text).toContain("2030年6月3日");
      expect(mail.text).toContain("https://meeting.example.com/abc");
    }
    expect(toLearner.text).not.toContain("想转岗");

    await updateCoachSession(coach!, { sessionId, status: "CANCELLED" });
    expect((await mailsTo(learner!.email)).at(-1)!.subject).toContain("一对一辅导已取消");
    await expect(updateCoachSession(coach!, { sessionId, status: "DONE" })).rejects.toSatisfy(failsWith("coachSessionNotScheduled"));
  });
});

describe("readMyCoach", () => {
  it("shows a learner only their own coach and upcoming scheduled sessions, never notes", async () => {
    const [staff] = await users(1, "staff", "STAFF");
    const [coachA, coachB] = await users(2, "coach", "COACH");
    const [alice, bob, carol] = await users(3, "learner", "LEARNER");
    await enroll([alice!.id, bob!.id], "COMPLETED");
    const { assignmentId } = await assignCoach(staff!, { learnerId: alice!.id, coachId: coachA!.id });
    await assignCoach(staff!, { learnerId: bob!.id, coachId: coachB!.id });
    await addCoachNote(coachA!, { assignmentId, body: "私密笔记" });
    const soon = await scheduleCoachSession(coachA!, { assignmentId, startsAt: new Date(Date.now() + 48 * hour), durationMinutes: 45 });
    const cancelled = await scheduleCoachSession(coachA!, { assignmentId, startsAt: new Date(Date.now() + 24 * hour), durationMinutes: 45 });
    await updateCoachSession(coachA!, { sessionId: cancelled.sessionId, status: "CANCELLED" });

    const mine = await readMyCoach(alice!.id);
    expect(mine?.coach).toEqual({ name: coachA!.name, email: coachA!.email });
    expect(mine?.sessions.map((session) => session.id)).toEqual([soon.sessionId]);
    expect(JSON.stringify(mine)).not.toContain("私密笔记");
    expect((await readMyCoach(bob!.id))?.coach.email).toBe(coachB!.email);
    expect(await readMyCoach(carol!.id)).toBeNull();
    // Three days later the session is over and no longer upcoming.
    expect((await readMyCoach(alice!.id, new Date(Date.now() + 72 * hour)))?.sessions).toEqual([]);
  });
});
