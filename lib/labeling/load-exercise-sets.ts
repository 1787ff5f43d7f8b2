import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isContentSlug } from "../validation/content-slug";
import { listCourseFolders } from "./course-folders";
import type { TExerciseSet } from "./exercise-schema";
import { loadExerciseFile } from "./load-exercise-file";

const cacheByCourse = new Map<string, Promise<TExerciseSet[]>>();

/** Entries in the production cache (tests: it must stay bounded by the courses that exist). */
export function exerciseSetCacheSize(): number {
  return cacheByCourse.size;
}

async function readSets(courseSlug: string): Promise<TExerciseSet[]> {
  const dir = path.join(process.cwd(), "content", "courses", courseSlug, "exercises");
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
  const sets: TExerciseSet[] = [];
  for (const file of files) {
    const result = await loadExerciseFile(path.join(dir, file));
    if (!result.set) throw new Error(`${path.join("content/courses", courseSlug, "exercises", file)}: ${result.problems.join("; ")}`);
    sets.push(result.set);
  }
  return sets;
}

/**
 * The practice exercise sets of a course, validated, in file-name order. Qualification tests (sets
 * with `qualification`) are left out, so their gold never reaches the practice pages, drafts,
 * `/api/exercises/submit` or `<Exercise>` embeds: read them with `loadQualificationSet`.
 */
export async function loadExerciseSets(courseSlug: string): Promise<TExerciseSet[]> {
  return (await loadAllExerciseSets(courseSlug)).filter((set) => !set.qualification);
}

/** The course's timed qualification test (the first set with `qualification`), or null. */
export async function loadQualificationSet(courseSlug: string): Promise<TExerciseSet | null> {
  return (await loadAllExerciseSets(courseSlug)).find((set) => set.qualification) ?? null;
}

/**
 * Every exercise set of a course, practice and qualification, validated, in file-name order. Read
 * once per process in production, on every call in development (so instructors see edits at
 * once). Throws naming the file when one is invalid; `npm run content:check` reports the same problems.
 */
async function loadAllExerciseSets(courseSlug: string): Promise<TExerciseSet[]> {
  if (!isContentSlug(courseSlug)) return [];
  if (process.env.NODE_ENV !== "production") return readSets(courseSlug);
  // Only existing courses get a cache entry, however many other names are asked for.
  if (!(await listCourseFolders()).has(courseSlug)) return [];
  let pending = cacheByCourse.get(courseSlug);
  if (!pending) {
    pending = readSets(courseSlug);
    cacheByCourse.set(courseSlug, pending);
    pending.catch(() => cacheByCourse.delete(courseSlug));
  }
  return pending;
}

export async function loadExerciseSet(courseSlug: string, setId: string): Promise<TExerciseSet | null> {
  if (!isContentSlug(setId)) return null;
  return (await loadExerciseSets(courseSlug)).find((set) => set.id === setId) ?? null;
}
