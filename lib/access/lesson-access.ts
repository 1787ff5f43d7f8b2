import type { Role } from "../generated/prisma/enums";

export type TLessonGate = { draft: boolean; freePreview: boolean; session: number };
export type TViewer = { role: Role } | null;
/** A cohort the viewer is enrolled in, with the start of each session by index (1–10). */
export type TEnrolledCohort = { cohortId: string; sessionStarts: ReadonlyMap<number, Date> };

export type TLessonAccess =
  | { kind: "open"; via: "staff" | "freePreview" | "enrolled" }
  | { kind: "locked"; unlocksAt: Date | null }
  | { kind: "notEnrolled" }
  | { kind: "signIn" }
  | { kind: "notFound" };

const seeEverything: readonly Role[] = ["INSTRUCTOR", "STAFF", "ADMIN"];

/**
 * Who may read a lesson, now. Instructors, staff and admins always (drafts included); drafts are
 * invisible (404) to everyone else; free-preview lessons are open to anyone; otherwise a learner
 * needs an enrollment in a cohort of the course whose unlocking session has started. Unlocking
 * follows the cohort's session dates, not the purchase date. Pure: the caller supplies "now".
 */
export function decideLessonAccess(lesson: TLessonGate, viewer: TViewer, cohorts: readonly TEnrolledCohort[], now: Date): TLessonAccess {
  if (viewer && seeEverything.includes(viewer.role)) return { kind: "open", via: "staff" };
  if (lesson.draft) return { kind: "notFound" };
  if (lesson.freePreview) return { kind: "open", via: "freePreview" };
  if (!viewer) return { kind: "signIn" };
  if (cohorts.length === 0) return { kind: "notEnrolled" };
  const unlocks = cohorts
    .map((cohort) => cohort.sessionStarts.get(lesson.session) ?? null)
    .filter((at): at is Date => at !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  if (unlocks.some((at) => at <= now)) return { kind: "open", via: "enrolled" };
  return { kind: "locked", unlocksAt: unlocks[0] ?? null };
}
