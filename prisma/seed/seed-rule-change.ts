import path from "node:path";
import type { TPrismaClient } from "../../lib/db/create-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import { gradeItem } from "../../lib/labeling/grade-item";
import { loadExerciseFile } from "../../lib/labeling/load-exercise-file";
import { validateItemAnswers } from "../../lib/labeling/validate-answers";
import { demoCourseSlug } from "./seed-catalog";

export const ruleChangeSetId = "shopping-assistant-rule-change";
/** The guideline version 李明 labeled the first part of the batch under, a week before the change. */
const earlierVersion = "1.0";
const dayMs = 86_400_000;

/**
 * What a careful labeler decided under v1.0 for the first items of the batch (the item rationales
 * say how each was judged under v1.0). Items judged under v1.0's removed rule 5.2 are left out:
 * that decision is no longer an option of the item.
 */
const decisionsUnderEarlierVersion: Record<string, string> = {
  "earbuds-final-price": "pass",
  "rice-cooker-capacity": "r2-1",
  "earbuds-vs-other-brand": "r3-1",
  "kids-watch-recommend": "pass",
  "down-jacket-list-price": "r2-2",
  "running-shoes-size": "r2-1",
  "mattress-gift-invented": "r1-3",
  "vacuum-unprompted-bashing": "r3-1",
  "protein-powder-claims": "r4-2",
};

/**
 * 李明's answers to the first items of the rule-change set, given under guideline v1.0 a week ago,
 * so the demo shows which earlier answers v1.1 affects. Graded by today's gold, as any stored answer
 * is. Idempotent: nothing is written once 李明 has answered any item of the set.
 */
export async function seedRuleChange(prisma: TPrismaClient, today: Date): Promise<{ submissionsCreated: number }> {
  const { set } = await loadExerciseFile(path.join(process.cwd(), "content", "courses", demoCourseSlug, "exercises", `${ruleChangeSetId}.yaml`));
  if (!set) return { submissionsCreated: 0 };
  const learner = await prisma.user.findUniqueOrThrow({ where: { email: "learner@demo.school" }, select: { id: true } });
  const enrollment = await prisma.enrollment.findFirst({
    where: { userId: learner.id, status: "ACTIVE", cohort: { course: { slug: demoCourseSlug }, number: 12 } },
    select: { cohortId: true },
  });
  if (!enrollment) return { submissionsCreated: 0 };
  if ((await prisma.exerciseSubmission.count({ where: { userId: learner.id, courseSlug: demoCourseSlug, setId: set.id } })) > 0)
    return { submissionsCreated: 0 };
  let created = 0;
  for (const [position, item] of set.items.entries()) {
    const decision = decisionsUnderEarlierVersion[item.id];
    if (!decision) continue;
    const validated = validateItemAnswers(item, { decision: { value: decision } });
    if (!validated.ok) throw new Error(`seed-rule-change ${item.id}: ${JSON.stringify(validated.fieldErrors)}`);
    const grade = gradeItem(item, validated.answers);
    await prisma.exerciseSubmission.create({
      data: {
        userId: learner.id,
        courseSlug: demoCourseSlug,
        setId: set.id,
        itemId: item.id,
        cohortId: enrollment.cohortId,
        guidelineVersion: earlierVersion,
        answers: validated.answers as Prisma.InputJsonValue,
        grade: grade as unknown as Prisma.InputJsonValue,
        score: grade.score,
        createdAt: new Date(today.getTime() - 7 * dayMs + position * 60_000),
      },
    });
    created += 1;
  }
  return { submissionsCreated: created };
}
