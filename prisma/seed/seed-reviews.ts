import path from "node:path";
import type { TPrismaClient } from "../../lib/db/create-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { goldAnswersOf } from "../../lib/labeling/gold-answers";
import { gradeItem } from "../../lib/labeling/grade-item";
import { loadExerciseFile } from "../../lib/labeling/load-exercise-file";
import { validateItemAnswers } from "../../lib/labeling/validate-answers";
import { demoCourseSlug } from "./seed-catalog";

/** The set and the learner of the seeded rewrite waiting in 王老师's review queue. */
export const seededReviewSetId = "math-latex-solutions";
const dayMs = 86_400_000;

/**
 * One rewrite of 李明 (learner@, 第12期 A班, taught by 王老师) waiting for review: the first rewrite
 * item of the math set, answered with the expert's labels and a rewrite that leaves out the expert's
 * last paragraph (so there is something to comment on), graded by the real grading code and stored
 * as the workspace would store it. Idempotent: nothing is written once 李明 has answered that item.
 */
export async function seedReviews(prisma: TPrismaClient, today: Date): Promise<{ submissionsCreated: number }> {
  const file = path.join(process.cwd(), "content", "courses", demoCourseSlug, "exercises", `${seededReviewSetId}.yaml`);
  const { set } = await loadExerciseFile(file);
  const item = set?.items.find((candidate) => candidate.tasks.some((task) => task.type === "rewrite"));
  if (!set || !item) return { submissionsCreated: 0 };
  const learner = await prisma.user.findUniqueOrThrow({ where: { email: "learner@demo.school" }, select: { id: true } });
  const enrollment = await prisma.enrollment.findFirst({
    where: { userId: learner.id, status: "ACTIVE", cohort: { course: { slug: demoCourseSlug }, number: 12 } },
    select: { cohortId: true },
  });
  if (!enrollment) return { submissionsCreated: 0 };
  const existing = await prisma.exerciseSubmission.count({ where: { userId: learner.id, courseSlug: demoCourseSlug, setId: set.id, itemId: item.id } });
  if (existing > 0) return { submissionsCreated: 0 };

  const answers = goldAnswersOf(item);
  for (const task of item.tasks) {
    if (task.type !== "rewrite") continue;
    const paragraphs = task.gold.text.trim().split(/\n\s*\n/);
    answers[task.id] = { text: paragraphs.length > 1 ? paragraphs.slice(0, -1).join("\n\n") : task.gold.text.trim() };
  }
  const validated = validateItemAnswers(item, answers);
  if (!validated.ok) throw new Error(`seed-reviews: ${JSON.stringify(validated.fieldErrors)}`);
  const grade = gradeItem(item, validated.answers);
  await prisma.exerciseSubmission.create({
    data: {
      userId: learner.id,
      courseSlug: demoCourseSlug,
      setId: set.id,
      itemId: item.id,
      cohortId: enrollment.cohortId,
      guidelineVersion: set.guidelineVersion,
      answers: validated.answers as Prisma.InputJsonValue,
      grade: grade as unknown as Prisma.InputJsonValue,
      score: grade.score,
      reviewStatus: "PENDING",
      createdAt: new Date(today.getTime() - dayMs),
    },
  });
  return { submissionsCreated: 1 };
}
