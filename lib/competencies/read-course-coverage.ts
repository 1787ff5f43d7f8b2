import "server-only";
import path from "node:path";
import { loadCourseContent } from "../content/load-course";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { loadCompetencies } from "../content/load-competencies";
import { measureCoverage, type TCoverageLevel } from "./measure-coverage";

/**
 * The competencies of 人工智能训练师 (4-04-05-05) a course trains, by level, with the published
 * lessons and practice sets declaring each. Public (no caller): it shows only titles that the
 * course page shows anyway. Null for an unknown course or when the standard file is missing.
 */
export async function readCourseCoverage(courseSlug: string): Promise<TCoverageLevel[] | null> {
  const [content, competencies] = await Promise.all([loadCourseContent(courseSlug), loadCompetencies(path.join(process.cwd(), "content"))]);
  if (!content || !competencies) return null;
  const sets = await loadExerciseSets(courseSlug);
  return measureCoverage(
    competencies,
    content.lessons
      .filter((lesson) => !lesson.draft)
      .map((lesson) => ({
        kind: "lesson" as const,
        id: lesson.slug,
        title: lesson.title,
        titleEn: lesson.titleEn ?? lesson.title,
        competencies: lesson.competencies,
      })),
    sets.map((set) => ({ kind: "set" as const, id: set.id, title: set.title, titleEn: set.titleEn, competencies: set.competencies })),
  );
}
