import "server-only";
import path from "node:path";
import { getDb } from "../db";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { loadCompetencies } from "../content/load-competencies";
import { measureLearnerCompetencies, type TLearnerCompetency } from "./measure-learner-competencies";

/**
 * The caller's standing per competency on a course, from their own practice answers only (read
 * with their own id; qualification answers excluded). [] when the standard file is missing.
 */
export async function readLearnerCompetencies(userId: string, courseSlug: string): Promise<TLearnerCompetency[]> {
  const competencies = await loadCompetencies(path.join(process.cwd(), "content"));
  if (!competencies) return [];
  const sets = await loadExerciseSets(courseSlug);
  const db = await getDb();
  const answers = await db.exerciseSubmission.findMany({
    where: { userId, courseSlug, attemptId: null },
    select: { setId: true, itemId: true, score: true, createdAt: true },
  });
  return measureLearnerCompetencies(competencies, sets, answers);
}
