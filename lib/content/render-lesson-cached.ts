import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TLocale } from "../i18n/types";
import { isContentSlug } from "./content-slug";
import { renderLesson, type TRenderedLesson } from "./render-lesson";

/**
 * The content version of a lesson in a language: a hash of the file renderLesson would render
 * (the `.en.mdx` variant for English when it exists, else the Chinese file); null when none exists.
 */
export async function lessonContentVersion(courseSlug: string, lessonSlug: string, locale: TLocale): Promise<string | null> {
  if (!isContentSlug(courseSlug) || !isContentSlug(lessonSlug)) return null;
  const dir = path.join(process.cwd(), "content", "courses", courseSlug, "lessons");
  const files = [...(locale === "en" ? [`${lessonSlug}.en.mdx`] : []), `${lessonSlug}.mdx`];
  for (const file of files) {
    const source = await readFile(path.join(dir, file), "utf8").catch(() => null);
    if (source !== null) return `${file}:${createHash("sha256").update(source).digest("hex").slice(0, 32)}`;
  }
  return null;
}

/** Rendered once per lesson, language and content version, then replayed from Next.js's cache. */
async function renderLessonOnce(courseSlug: string, lessonSlug: string, locale: TLocale, _version: string): Promise<TRenderedLesson | null> {
  "use cache";
  return renderLesson({ courseSlug, lessonSlug, locale });
}

/**
 * A lesson ready to render, as renderLesson returns it, but the body (MDX run through the site's
 * components) is rendered once per lesson, language and content version ("use cache", keyed by the
 * file's hash: an edited lesson renders anew) instead of on every request. Callers must have
 * checked the viewer's access first: this knows nothing of who asks.
 */
export async function renderLessonCached(input: { courseSlug: string; lessonSlug: string; locale: TLocale }): Promise<TRenderedLesson | null> {
  const version = await lessonContentVersion(input.courseSlug, input.lessonSlug, input.locale);
  if (!version) return null;
  return renderLessonOnce(input.courseSlug, input.lessonSlug, input.locale, version);
}
