import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "../../lib/auth/session";
import { actor, rosterScenario } from "../support/roster-scenario";
import { useTestDatabase } from "../support/test-database";
import { markAttendance } from "../../lib/rosters/mark-attendance";
import { readClassCohort } from "../../lib/rosters/read-class-cohort";
import { readRoster } from "../../lib/rosters/read-roster";
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

describe("rosters", () => {
  it("staff see every class with payments, progress and attendance; search by name or email", async () => {
    const s = await rosterScenario();
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
    const s = await rosterScenario();
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
    const s = await rosterScenario();
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

  it("the CSV download: Excel-ready for staff, no payment columns for the instructor, JSON errors otherwise", async () => {
    const s = await rosterScenario();
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
