import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { TItemAnswers } from "../labeling/answer-schema";
import { loadExerciseSet, loadExerciseSets } from "../labeling/load-exercise-sets";
import { isStaff, visibleClassIds } from "../access/staff-access";
import { computeClassAnalytics, type TLearnerInput } from "./compute-class-analytics";

/** Cohorts whose analytics the actor may open: every published cohort for staff, the cohorts of their classes for an instructor. */
export async function readAnalyticsCohorts(actor: TSessionUser) {
  const db = await getDb();
  if (!isStaff(actor) && actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  return db.cohort.findMany({
    where: isStaff(actor) ? { status: { not: "DRAFT" } } : { classes: { some: { instructorId: actor.id } } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, course: { select: { slug: true } }, campus: { select: { nameZh: true, nameEn: true } } },
  });
}

/**
 * Analytics of a cohort (or one of its classes) on one exercise set, from each learner's latest
 * practice answer per item (timed qualification answers excluded). Instructors see only the
 * classes they teach, staff all; learners' names are shown to them (they teach these learners),
 * never to other learners. Throws forbidden / notFound.
 */
export async function readClassAnalytics(actor: TSessionUser, input: { cohortId: string; setId: string; classId?: string }) {
  const classIds = await visibleClassIds(actor, input.cohortId);
  if (input.classId && !classIds.includes(input.classId)) throw new AppError("forbidden");
  const db = await getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: input.cohortId },
    select: {
      id: true,
      number: true,
      course: { select: { slug: true } },
      classes: { where: { id: { in: classIds } }, orderBy: { code: "asc" }, select: { id: true, code: true } },
    },
  });
  if (!cohort) throw new AppError("cohortNotFound");
  const sets = await loadExerciseSets(cohort.course.slug);
  const set = await loadExerciseSet(cohort.course.slug, input.setId);
  if (!set) throw new AppError("notFound");
  const enrollments = await db.enrollment.findMany({
    where: { cohortId: cohort.id, classId: { in: input.classId ? [input.classId] : classIds }, status: { in: ["ACTIVE", "COMPLETED"] } },
    orderBy: { user: { name: "asc" } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const submissions = await db.exerciseSubmission.findMany({
    where: { userId: { in: enrollments.map((e) => e.userId) }, courseSlug: cohort.course.slug, setId: set.id, attemptId: null },
    orderBy: { createdAt: "desc" },
    select: { userId: true, itemId: true, answers: true, score: true },
  });
  const latest = new Map<string, { answers: Map<string, TItemAnswers>; scores: Map<string, number> }>();
  for (const submission of submissions) {
    const entry = latest.get(submission.userId) ?? { answers: new Map(), scores: new Map() };
    if (!entry.answers.has(submission.itemId)) {
      entry.answers.set(submission.itemId, submission.answers as TItemAnswers);
      entry.scores.set(submission.itemId, submission.score);
    }
    latest.set(submission.userId, entry);
  }
  const learners: TLearnerInput[] = enrollments.map((e) => ({
    key: e.userId,
    name: e.user.name,
    answers: latest.get(e.userId)?.answers ?? new Map(),
    itemScores: latest.get(e.userId)?.scores ?? new Map(),
  }));
  return {
    cohort,
    set: {
      id: set.id,
      title: set.title,
      titleEn: set.titleEn,
      itemIds: set.items.map((item) => item.id),
      dimensions: set.items.flatMap((item) =>
        item.tasks.flatMap((task) => (task.type === "rubric" ? task.dimensions.map((d) => ({ id: d.id, label: d.label, labelEn: d.labelEn })) : [])),
      ),
    },
    sets: sets.map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn })),
    analytics: computeClassAnalytics(set, learners),
  };
}
