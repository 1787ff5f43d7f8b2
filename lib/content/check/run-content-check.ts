import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { indexCourse, listDirectories, listFiles } from "./build-content-index";
import { loadCompetencies } from "../load-competencies";
import type { TExerciseSet } from "../../labeling/exercise-schema";
import { checkCourse } from "./check-course";
import { checkCourseSets } from "./check-course-sets";
import { checkEnVariant } from "./check-en-variant";
import { checkExerciseFile } from "./check-exercise-files";
import { checkGuideline } from "./check-guideline";
import { checkLesson } from "./check-lesson";
import { summarizeSet, type TSetSummary } from "./summarize-sets";
import { sortProblems, type TContentIndex, type TProblem } from "./types";

export { formatProblem } from "./types";
export type { TProblem } from "./types";

const lessonName = /^[a-z0-9-]+(\.en)?\.mdx$/;

async function checkCourseFiles(courseDir: string, courseSlug: string, index: TContentIndex, problems: TProblem[], summaries: TSetSummary[]): Promise<number> {
  let files = 0;
  const guidelinesDir = path.join(courseDir, "guidelines");
  for (const name of await listFiles(guidelinesDir)) {
    const file = path.join(guidelinesDir, name);
    if (!/^[a-z0-9-]+\.mdx$/.test(name)) {
      problems.push({ file, line: 1, column: 1, message: "guideline files must be named <kebab-case-id>.mdx" });
      continue;
    }
    files += 1;
    await checkGuideline(file, await readFile(file, "utf8"), courseSlug, index, problems);
  }
  const exercisesDir = path.join(courseDir, "exercises");
  const sets: TExerciseSet[] = [];
  for (const name of (await listFiles(exercisesDir)).filter((item) => /\.(ya?ml|json)$/.test(item))) {
    files += 1;
    const set = await checkExerciseFile(path.join(exercisesDir, name), courseSlug, index.contentDir, index.competencies, problems);
    if (set) {
      sets.push(set);
      summaries.push(summarizeSet(set));
    }
  }
  for (const message of checkCourseSets(sets)) problems.push({ file: exercisesDir, line: 1, column: 1, message });
  const lessonsDir = path.join(courseDir, "lessons");
  const zhData = new Map<string, unknown>();
  const names = await listFiles(lessonsDir);
  // Chinese files first, so each English variant can be compared with its original.
  for (const name of [...names.filter((item) => !item.endsWith(".en.mdx")), ...names.filter((item) => item.endsWith(".en.mdx"))]) {
    const file = path.join(lessonsDir, name);
    if (!lessonName.test(name)) {
      problems.push({ file, line: 1, column: 1, message: "lesson files must be named <kebab-case-slug>.mdx or <slug>.en.mdx" });
      continue;
    }
    files += 1;
    const english = name.endsWith(".en.mdx");
    const frontmatter = await checkLesson(file, await readFile(file, "utf8"), courseSlug, english ? "en" : "zh", index, problems);
    const slug = name.replace(/(\.en)?\.mdx$/, "");
    if (!english) zhData.set(slug, frontmatter.data);
    else checkEnVariant(file, zhData.get(slug) ?? null, zhData.has(slug), frontmatter, problems);
  }
  return files;
}

/**
 * Checks every course under `<contentDir>/courses/*` (course.mdx, lessons, their English variants,
 * guidelines) against the schemas and the files that exist (media under `<contentDir>/../public`),
 * and competency codes against `<contentDir>/standards/4-04-05-05.yaml`. Returns the problems
 * sorted by file and position, the number of files checked and a summary row per exercise set.
 */
export async function runContentCheck(contentDir: string): Promise<{ problems: TProblem[]; files: number; summaries: TSetSummary[] }> {
  const root = path.resolve(contentDir);
  const coursesDir = path.join(root, "courses");
  const problems: TProblem[] = [];
  let competencies: Set<string> | null = null;
  try {
    competencies = new Set((await loadCompetencies(root))?.map((competency) => competency.id) ?? []);
  } catch (error) {
    problems.push({ file: path.join(root, "standards"), line: 1, column: 1, message: `cannot read the competency standard: ${(error as Error).message.split("\n")[0]}` });
  }
  const index: TContentIndex = { contentDir: root, publicDir: path.resolve(root, "..", "public"), courses: new Map(), competencies };
  const courseSlugs = await listDirectories(coursesDir);
  if (!existsSync(coursesDir) || courseSlugs.length === 0) {
    return { problems: [{ file: coursesDir, line: 1, column: 1, message: "no course folders found" }], files: 0, summaries: [] };
  }
  let files = 0;
  for (const slug of courseSlugs) {
    const courseDir = path.join(coursesDir, slug);
    if (!/^[a-z0-9-]+$/.test(slug)) problems.push({ file: courseDir, line: 1, column: 1, message: "course folders must be kebab-case" });
    const modules = await checkCourse(path.join(courseDir, "course.mdx"), problems);
    files += 1;
    index.courses.set(slug, await indexCourse(courseDir, modules));
  }
  const summaries: TSetSummary[] = [];
  for (const slug of courseSlugs) files += await checkCourseFiles(path.join(coursesDir, slug), slug, index, problems, summaries);
  return { problems: sortProblems(problems), files, summaries };
}
