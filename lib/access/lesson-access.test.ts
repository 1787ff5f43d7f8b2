import { describe, expect, it } from "vitest";
import { decideLessonAccess, type TEnrolledCohort } from "./lesson-access";

const day = (d: number) => new Date(Date.UTC(2026, 11, d, 1, 30));
const cohort = (first: number): TEnrolledCohort => ({
  cohortId: `c${first}`,
  sessionStarts: new Map(Array.from({ length: 10 }, (_, i) => [i + 1, day(first + i)] as const)),
});
const lesson = (session: number, extra: Partial<{ draft: boolean; freePreview: boolean }> = {}) => ({ session, draft: false, freePreview: false, ...extra });
const learner = { role: "LEARNER" as const };

describe("decideLessonAccess", () => {
  it("opens a lesson when its session has started in the learner's cohort", () => {
    expect(decideLessonAccess(lesson(3), learner, [cohort(5)], day(7))).toEqual({ kind: "open", via: "enrolled" });
    expect(decideLessonAccess(lesson(3), learner, [cohort(5)], new Date(day(7).getTime() - 1))).toEqual({ kind: "locked", unlocksAt: day(7) });
  });

  it("follows the earliest of the learner's cohorts", () => {
    expect(decideLessonAccess(lesson(1), learner, [cohort(20), cohort(10)], day(11))).toEqual({ kind: "open", via: "enrolled" });
    expect(decideLessonAccess(lesson(1), learner, [cohort(20), cohort(10)], day(9))).toEqual({ kind: "locked", unlocksAt: day(10) });
  });

  it("keeps drafts from learners and visitors, but not from instructors and staff", () => {
    expect(decideLessonAccess(lesson(1, { draft: true }), learner, [cohort(1)], day(30)).kind).toBe("notFound");
    expect(decideLessonAccess(lesson(1, { draft: true, freePreview: true }), null, [], day(30)).kind).toBe("notFound");
    for (const role of ["INSTRUCTOR", "STAFF", "ADMIN"] as const) {
      expect(decideLessonAccess(lesson(9, { draft: true }), { role }, [], day(1))).toEqual({ kind: "open", via: "staff" });
    }
    expect(decideLessonAccess(lesson(9), { role: "COACH" }, [], day(1)).kind).toBe("notEnrolled");
  });

  it("opens free-preview lessons to anyone, asks visitors to sign in and others to enroll", () => {
    expect(decideLessonAccess(lesson(1, { freePreview: true }), null, [], day(1))).toEqual({ kind: "open", via: "freePreview" });
    expect(decideLessonAccess(lesson(2), null, [], day(1)).kind).toBe("signIn");
    expect(decideLessonAccess(lesson(2), learner, [], day(1)).kind).toBe("notEnrolled");
  });
});
