import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { ZCourseFrontmatter, ZLessonFrontmatter, type TCourseFrontmatter, type TLessonFrontmatter } from "./course-schema";
import { isContentSlug } from "../validation/content-slug";
import { listCourseFolders } from "../labeling/course-folders";
import { splitFrontmatter } from "./frontmatter";

export const contentRoot = path.join(process.cwd(), "content", "courses");

export type TLessonSummary = Omit<TLessonFrontmatter, "titleEn"> & { slug: string; titleEn: string | null };
export type TCourseContent = { slug: string; meta: TCourseFrontmatter; lessons: TLessonSummary[] };

async function readFrontmatter<T>(file: string, schema: { parse: (data: unknown) => T }): Promise<T> {
  const { data } = splitFrontmatter(await readFile(file, "utf8"));
  return schema.parse(data);
}

/**
 * Content files do not change under a production server: read them once per process there. Only
 * courses whose folder exists get an entry, so the map stays as small as content/courses.
 */
const productionCache = new Map<string, Promise<TCourseContent | null>>();

/**
 * A course's texts and its lesson list (frontmatter only), read from content/ once per process in
 * production (once per request in development, so edits show at once). Returns null for an
 * unknown course. Malformed files throw; `npm run content:check` names them.
 */
export const loadCourseContent = cache(async (slug: string): Promise<TCourseContent | null> => {
  if (!isContentSlug(slug)) return null;
  if (process.env.NODE_ENV !== "production") return readCourseContent(slug);
  if (!(await listCourseFolders()).has(slug)) return null;
  let pending = productionCache.get(slug);
  if (!pending) {
    pending = readCourseContent(slug);
    productionCache.set(slug, pending);
    pending.catch(() => productionCache.delete(slug));
  }
  return pending;
});

async function readCourseContent(slug: string): Promise<TCourseContent | null> {
  if (!isContentSlug(slug)) return null;
  const dir = path.join(contentRoot, slug);
  let meta: TCourseFrontmatter;
  try {
    meta = await readFrontmatter(path.join(dir, "course.mdx"), ZCourseFrontmatter);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const files = await readdir(path.join(dir, "lessons")).catch(() => [] as string[]);
  const lessons: TLessonSummary[] = [];
  for (const file of files.filter((name) => name.endsWith(".mdx") && !name.endsWith(".en.mdx")).sort()) {
    const lessonSlug = file.replace(/\.mdx$/, "");
    const lesson = await readFrontmatter(path.join(dir, "lessons", file), ZLessonFrontmatter);
    const english = files.includes(`${lessonSlug}.en.mdx`)
      ? await readFrontmatter(path.join(dir, "lessons", `${lessonSlug}.en.mdx`), ZLessonFrontmatter)
      : null;
    lessons.push({ ...lesson, slug: lessonSlug, titleEn: english?.title ?? lesson.titleEn ?? null });
  }
  return { slug, meta, lessons };
}

/** Entries in the production cache (tests: it must stay bounded by the courses that exist). */
export function courseContentCacheSize(): number {
  return productionCache.size;
}
