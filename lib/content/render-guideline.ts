import "server-only";
import path from "node:path";
import type { ReactElement } from "react";
import type { TLocale } from "../i18n/types";
import { isContentSlug } from "../validation/content-slug";
import { splitGuidelineChapters, type TGuidelineChapter } from "./guideline-chapters";
import { guidelineFilePath, ZGuidelineFrontmatter, type TGuidelineFrontmatter, type TGuidelineRule } from "./guidelines";
import { parseFrontmatterOf, readIfExists, renderMdxDocument, type TMdxComponentsFor } from "./render-lesson";

/** A chapter as the index and the chapter pages list it. */
export type TGuidelineChapterEntry = { number: number; title: string; rules: TGuidelineRule[] };

type TRenderInput = {
  courseSlug: string;
  guidelineId: string;
  locale: TLocale;
  componentsFor: TMdxComponentsFor;
  /** Tests only: a content/ folder other than ./content. */
  contentDir?: string;
};

const entryOf = ({ number, title, rules }: TGuidelineChapter): TGuidelineChapterEntry => ({ number, title, rules });

type TDocumentInput = Pick<TRenderInput, "courseSlug" | "guidelineId" | "contentDir">;

async function loadDocument({ courseSlug, guidelineId, contentDir = path.join(process.cwd(), "content") }: TDocumentInput) {
  if (!isContentSlug(courseSlug) || !isContentSlug(guidelineId)) return null;
  const file = guidelineFilePath(courseSlug, guidelineId, contentDir);
  const source = await readIfExists(file);
  if (source === null) return null;
  const { frontmatter, body, lineOffset } = parseFrontmatterOf(file, source, ZGuidelineFrontmatter);
  return { file, frontmatter, lineOffset, parts: splitGuidelineChapters(body) };
}

/**
 * A rule document's index page: its introduction (what comes before the first chapter), rendered,
 * and its chapters with their rules. Null for an invalid slug or an unknown course/guideline.
 */
export async function renderGuidelineIndex(
  input: TRenderInput,
): Promise<{ frontmatter: TGuidelineFrontmatter; intro: ReactElement | null; chapters: TGuidelineChapterEntry[] } | null> {
  const document = await loadDocument(input);
  if (!document) return null;
  const { file, frontmatter, lineOffset, parts } = document;
  const intro =
    parts.intro.trim() === ""
      ? null
      : (await renderMdxDocument({ source: parts.intro, filePath: `${file}#intro`, lineOffset, courseSlug: input.courseSlug, locale: input.locale, contentLocale: "zh", componentsFor: input.componentsFor }))
          .content;
  return { frontmatter, intro, chapters: parts.chapters.map(entryOf) };
}

export type TRenderedGuidelineChapter = {
  frontmatter: TGuidelineFrontmatter;
  chapter: TGuidelineChapterEntry;
  content: ReactElement;
  chapters: TGuidelineChapterEntry[];
  previous: TGuidelineChapterEntry | null;
  next: TGuidelineChapterEntry | null;
};

/** The position of chapter `chapter` ("2" → 1), or null for anything but a plain chapter number. */
function chapterIndex(chapter: string): number | null {
  return /^[1-9]\d{0,2}$/.test(chapter) ? Number(chapter) - 1 : null;
}

/**
 * A rule document's frontmatter and, with `chapter`, that chapter's entry, without rendering
 * anything: what the pages' titles need. Null where the pages answer 404.
 */
export async function readGuidelineOutline(
  input: TDocumentInput & { chapter?: string },
): Promise<{ frontmatter: TGuidelineFrontmatter; chapter: TGuidelineChapterEntry | null } | null> {
  const document = await loadDocument(input);
  if (!document || input.chapter === undefined) return document && { frontmatter: document.frontmatter, chapter: null };
  const index = chapterIndex(input.chapter);
  const chapter = index === null ? undefined : document.parts.chapters[index];
  return chapter ? { frontmatter: document.frontmatter, chapter: entryOf(chapter) } : null;
}

/**
 * One chapter of a rule document (`chapter` is its 1-based number as written in the address),
 * compiled on its own and cached like a lesson. Null for anything but an existing chapter.
 */
export async function renderGuidelineChapter(input: TRenderInput & { chapter: string }): Promise<TRenderedGuidelineChapter | null> {
  const index = chapterIndex(input.chapter);
  if (index === null) return null;
  const document = await loadDocument(input);
  const chapter = document?.parts.chapters[index];
  if (!document || !chapter) return null;
  const { content } = await renderMdxDocument({
    source: chapter.source,
    // The compile cache is keyed by this name: one entry per chapter (the whole file is the practice workspace's).
    filePath: `${document.file}#${chapter.number}`,
    lineOffset: document.lineOffset + chapter.lineOffset,
    courseSlug: input.courseSlug,
    locale: input.locale,
    contentLocale: "zh",
    componentsFor: input.componentsFor,
  });
  const chapters = document.parts.chapters.map(entryOf);
  return { frontmatter: document.frontmatter, chapter: entryOf(chapter), content, chapters, previous: chapters[index - 1] ?? null, next: chapters[index + 1] ?? null };
}
