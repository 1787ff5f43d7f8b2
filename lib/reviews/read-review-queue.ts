import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { learnerCohortKey, readReviewScope, type TReviewClass } from "../access/review-scope";
import type { TReviewQueueFilters } from "./review-status";

export type TReviewQueueEntry = {
  submissionId: string;
  /** Instructors may know their own learners; this never reaches another learner. */
  learner: { id: string; name: string };
  class: TReviewClass;
  courseSlug: string;
  setId: string;
  setTitle: { zh: string; en: string };
  itemId: string;
  /** 1-based position of the item in its set (as the workspace numbers it). */
  itemIndex: number;
  status: "PENDING" | "REVIEWED";
  submittedAt: Date;
  verdict: "ACCEPTED" | "REVISE" | null;
};

export type TReviewQueue = {
  entries: TReviewQueueEntry[];
  /** Counts under the class and set filters, whatever the status filter. */
  counts: { pending: number; reviewed: number };
  classes: TReviewClass[];
  sets: { id: string; title: { zh: string; en: string } }[];
};

/**
 * The review queue: the latest rewrite submission of each learner and item (older attempts are
 * superseded) from the classes the caller may review — an instructor their own classes, staff
 * all (see `readReviewScope`; others are forbidden). Unreviewed first, then oldest first.
 */
export async function readReviewQueue(actor: TSessionUser, filters: TReviewQueueFilters = {}): Promise<TReviewQueue> {
  const scope = await readReviewScope(actor);
  const db = await getDb();
  const learnerIds = [...new Set([...scope.classOfLearner.keys()].map((key) => key.split(":")[0]!))];
  const rows = learnerIds.length
    ? await db.exerciseSubmission.findMany({
        where: {
          reviewStatus: { in: ["PENDING", "REVIEWED"] },
          attemptId: null,
          userId: { in: learnerIds },
          cohortId: { in: scope.classes.map((c) => c.cohortId) },
        },
        orderBy: { createdAt: "desc" },
        distinct: ["userId", "courseSlug", "setId", "itemId"],
        select: {
          id: true,
          userId: true,
          cohortId: true,
          courseSlug: true,
          setId: true,
          itemId: true,
          reviewStatus: true,
          createdAt: true,
          user: { select: { name: true } },
          review: { select: { verdict: true } },
        },
      })
    : [];
  const setsByCourse = new Map<string, Awaited<ReturnType<typeof loadExerciseSets>>>();
  for (const slug of new Set(rows.map((row) => row.courseSlug))) setsByCourse.set(slug, await loadExerciseSets(slug));
  const all: TReviewQueueEntry[] = rows.flatMap((row) => {
    const cohortClass = scope.classOfLearner.get(learnerCohortKey(row.userId, row.cohortId));
    const set = setsByCourse.get(row.courseSlug)?.find((candidate) => candidate.id === row.setId);
    const itemIndex = set ? set.items.findIndex((item) => item.id === row.itemId) + 1 : 0;
    if (!cohortClass || !set || itemIndex === 0) return [];
    return [
      {
        submissionId: row.id,
        learner: { id: row.userId, name: row.user.name },
        class: cohortClass,
        courseSlug: row.courseSlug,
        setId: row.setId,
        setTitle: { zh: set.title, en: set.titleEn },
        itemId: row.itemId,
        itemIndex,
        status: row.reviewStatus === "REVIEWED" ? "REVIEWED" : "PENDING",
        submittedAt: row.createdAt,
        verdict: row.review?.verdict ?? null,
      },
    ];
  });
  const sets = [...new Map(all.map((entry) => [entry.setId, { id: entry.setId, title: entry.setTitle }])).values()];
  const scoped = all.filter((entry) => (!filters.classId || entry.class.id === filters.classId) && (!filters.setId || entry.setId === filters.setId));
  const status = filters.status ?? "ALL";
  const entries = scoped
    .filter((entry) => status === "ALL" || entry.status === status)
    .sort((a, b) => (a.status === b.status ? a.submittedAt.getTime() - b.submittedAt.getTime() : a.status === "PENDING" ? -1 : 1));
  const pending = scoped.filter((entry) => entry.status === "PENDING").length;
  return { entries, counts: { pending, reviewed: scoped.length - pending }, classes: scope.classes, sets };
}
