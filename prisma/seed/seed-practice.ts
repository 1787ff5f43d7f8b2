import path from "node:path";
import type { TPrismaClient } from "../../lib/db/create-client";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { TItemAnswers } from "../../lib/labeling/answer-schema";
import type { TItem } from "../../lib/labeling/exercise-schema";
import { goldAnswersOf } from "../../lib/labeling/gold-answers";
import { gradeItem } from "../../lib/labeling/grade-item";
import { loadExerciseFile } from "../../lib/labeling/load-exercise-file";
import { validateItemAnswers } from "../../lib/labeling/validate-answers";
import { demoCourseSlug } from "./seed-catalog";

const practiceSetId = "general-qa-scoring";
const classmatesAnswering = 10;
const dayMs = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every seed writes the same answers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The expert's answers, nudged the way learners err: scores off by one or two, a missed or extra flag. `skill` 0…1. */
function learnerAnswers(item: TItem, skill: number, next: () => number): TItemAnswers {
  const answers = goldAnswersOf(item);
  for (const task of item.tasks) {
    const answer = answers[task.id];
    if (task.type === "rubric" && answer && typeof answer === "object" && "scores" in answer) {
      for (const dimension of task.dimensions) {
        const gold = answer.scores[dimension.id];
        if (gold === undefined || next() < skill) continue;
        const shift = (next() < 0.6 ? 1 : 2) * (next() < 0.65 ? 1 : -1);
        answer.scores[dimension.id] = Math.min(dimension.scale, Math.max(1, gold + shift));
      }
    }
    if (task.type === "flags" && answer && typeof answer === "object" && "flags" in answer && next() > skill) {
      const extra = task.options.find((flag) => !answer.flags.includes(flag));
      answer.flags = answer.flags.length > 0 && next() < 0.5 ? answer.flags.slice(1) : extra ? [...answer.flags, extra] : answer.flags;
      answer.refersTo = {};
    }
  }
  return answers;
}

/**
 * Practice answers of ten classmates of 第12期 A班 (王老师's class) on the Q&A scoring set, of
 * varying skill, so the instructor's class analytics and agreement figures have data in the demo.
 * 李明 is left alone (the demo and the tests use his own practice). Idempotent.
 */
export async function seedPractice(prisma: TPrismaClient, today: Date): Promise<{ submissionsCreated: number }> {
  const { set } = await loadExerciseFile(path.join(process.cwd(), "content", "courses", demoCourseSlug, "exercises", `${practiceSetId}.yaml`));
  if (!set) return { submissionsCreated: 0 };
  const klass = await prisma.cohortClass.findFirst({
    where: { code: "A", cohort: { number: 12, course: { slug: demoCourseSlug } } },
    select: { id: true, cohortId: true },
  });
  if (!klass) return { submissionsCreated: 0 };
  const enrollments = await prisma.enrollment.findMany({
    where: { classId: klass.id, status: "ACTIVE", user: { email: { startsWith: "classmate" } } },
    orderBy: { user: { email: "asc" } },
    take: classmatesAnswering,
    select: { userId: true },
  });
  let created = 0;
  for (const [index, { userId }] of enrollments.entries()) {
    if ((await prisma.exerciseSubmission.count({ where: { userId, courseSlug: demoCourseSlug, setId: set.id } })) > 0) continue;
    const next = random(1_000 + index);
    const skill = 0.45 + (index % 5) * 0.12;
    for (const [position, item] of set.items.entries()) {
      const validated = validateItemAnswers(item, learnerAnswers(item, skill, next));
      if (!validated.ok) continue;
      const grade = gradeItem(item, validated.answers);
      await prisma.exerciseSubmission.create({
        data: {
          userId,
          courseSlug: demoCourseSlug,
          setId: set.id,
          itemId: item.id,
          cohortId: klass.cohortId,
          guidelineVersion: set.guidelineVersion,
          answers: validated.answers as Prisma.InputJsonValue,
          grade: grade as unknown as Prisma.InputJsonValue,
          score: grade.score,
          // Spread over the last five days (the class started at least a week ago), whatever the number of items.
          createdAt: new Date(today.getTime() - ((set.items.length - position) * 5 * dayMs) / set.items.length),
        },
      });
      created += 1;
    }
  }
  return { submissionsCreated: created };
}
