import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../access/staff-access";
import { eligibleEnrollmentWhere } from "./eligible-enrollment";
import { suggestCoach } from "./suggest-coach";

const cohortSelect = { number: true, campus: { select: { nameZh: true, nameEn: true } } } as const;

/**
 * What staff need to assign coaches (staff and admins only): learners eligible for a coach
 * (completed, or their cohort's last session has ended) without an open assignment, each with the
 * suggested coach (fewest open assignments); the open assignments; and every coach with their load.
 */
export async function readCoachingCandidates(actor: TSessionUser, now: Date = new Date(), take = 200) {
  assertStaff(actor);
  const db = await getDb();
  const eligible = eligibleEnrollmentWhere(now);
  const [coachRows, candidates, assignments] = await Promise.all([
    db.user.findMany({
      where: { role: "COACH" },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, _count: { select: { coaching: { where: { endedAt: null } } } } },
    }),
    db.user.findMany({
      where: { enrollments: { some: eligible }, coachedBy: { none: { endedAt: null } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        name: true,
        email: true,
        enrollments: {
          where: eligible,
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { status: true, completedAt: true, cohort: { select: cohortSelect } },
        },
      },
    }),
    db.coachAssignment.findMany({
      where: { endedAt: null },
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        createdAt: true,
        learner: { select: { id: true, name: true, email: true } },
        coach: { select: { id: true, name: true } },
        assignedBy: { select: { name: true } },
        enrollment: { select: { cohort: { select: cohortSelect } } },
      },
    }),
  ]);
  const coaches = coachRows.map(({ _count, ...coach }) => ({ ...coach, openAssignments: _count.coaching }));
  const suggested = suggestCoach(coaches);
  return {
    coaches,
    suggestedCoachId: suggested?.id ?? null,
    candidates: candidates.map(({ enrollments, ...learner }) => ({ ...learner, enrollment: enrollments[0] ?? null })),
    assignments,
  };
}

export type TCoachingCandidates = Awaited<ReturnType<typeof readCoachingCandidates>>;
