import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { assertExerciseAccess } from "../access/exercise-access";
import type { TItem } from "./exercise-schema";
import { gradeItem } from "./grade-item";
import { loadExerciseSet } from "./load-exercise-sets";
import { validateItemAnswers } from "./validate-answers";

export type TSubmitResult =
  | { ok: true; grade: ReturnType<typeof gradeItem>; submissionId: string; item: TItem; cohortId: string | null }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * Grades and stores a learner's answers to one item. Checks, in order: who is calling (enrolled in
 * the course, or staff), that the set and item exist, and every answer against the item's schema —
 * any problem returns field errors and stores nothing. Rewrites are queued for an instructor.
 */
export async function submitItem(user: TSessionUser, input: { courseSlug: string; setId: string; itemId: string; answers: unknown }): Promise<TSubmitResult> {
  const { cohortId } = await assertExerciseAccess(user, input.courseSlug);
  const set = await loadExerciseSet(input.courseSlug, input.setId);
  const item = set?.items.find((candidate) => candidate.id === input.itemId);
  if (!set || !item) throw new AppError("notFound");
  const validated = validateItemAnswers(item, input.answers);
  if (!validated.ok) return { ok: false, fieldErrors: validated.fieldErrors };
  const grade = gradeItem(item, validated.answers);
  const db = await getDb();
  const hasRewrite = item.tasks.some((task) => task.type === "rewrite");
  const submission = await db.$transaction(async (tx) => {
    const created = await tx.exerciseSubmission.create({
      data: {
        userId: user.id,
        courseSlug: input.courseSlug,
        setId: set.id,
        itemId: item.id,
        cohortId,
        guidelineVersion: set.guidelineVersion,
        answers: validated.answers as Prisma.InputJsonValue,
        grade: grade as unknown as Prisma.InputJsonValue,
        score: grade.score,
        reviewStatus: hasRewrite ? "PENDING" : "NONE",
      },
      select: { id: true },
    });
    await tx.exerciseDraft.deleteMany({ where: { userId: user.id, courseSlug: input.courseSlug, setId: set.id, itemId: item.id } });
    return created;
  });
  return { ok: true, grade, submissionId: submission.id, item, cohortId };
}
