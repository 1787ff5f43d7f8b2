import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TLocale } from "../i18n/types";
import { isContentSlug } from "../validation/content-slug";

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
