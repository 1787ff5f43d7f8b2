import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MDXComponents } from "mdx/types";
import { createElement, type ReactElement } from "react";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import type { TLocale } from "../i18n/types";
import { getCompiledMdx } from "./compiled-mdx-cache";
import { ZLessonFrontmatter, type TLessonFrontmatter } from "./course-schema";
import { isContentSlug } from "../validation/content-slug";
import { splitFrontmatter } from "./frontmatter";
import { guidelineFilePath, listRulesInSource, ZGuidelineFrontmatter, type TGuidelineFrontmatter, type TGuidelineRule } from "./guidelines";
import { compileMdx, type TTocEntry } from "./mdx-pipeline";

export { compiledLessonCacheStats } from "./compiled-mdx-cache";
export { listGuidelineRules, ruleAnchorId } from "./guidelines";
export type { TTocEntry } from "./mdx-pipeline";

const defaultContentDir = () => path.join(process.cwd(), "content");

export type TRenderedLesson = {
  content: ReactElement;
  toc: TTocEntry[];
  frontmatter: TLessonFrontmatter;
  localeUsed: TLocale;
};
export type TRenderedGuideline = {
  content: ReactElement;
  toc: TTocEntry[];
  frontmatter: TGuidelineFrontmatter;
  rules: TGuidelineRule[];
};

export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export function parseFrontmatterOf<T>(file: string, source: string, schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: Error } }) {
  let split;
  try {
    split = splitFrontmatter(source);
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}:${(error as Error).message}`);
  }
  const parsed = schema.safeParse(split.data);
  if (!parsed.success) throw new Error(`${path.relative(process.cwd(), file)}: invalid frontmatter: ${parsed.error.message}`);
  return { frontmatter: parsed.data, body: split.body, lineOffset: split.bodyStartLine - 1 };
}

/**
 * Builds the component map a document is rendered with (the site's is `createMdxComponents` in
 * components/mdx). The page hands it in, so the domain never imports the UI.
 */
export type TMdxComponentsFor = (context: {
  courseSlug: string;
  locale: TLocale;
  contentLocale: TLocale;
  exercises: Readonly<Record<string, { title: string; titleEn: string; items: number }>>;
}) => MDXComponents;

export type TRenderMdxDocumentInput = {
  /** The MDX body (frontmatter already removed). */
  source: string;
  /** Cache key and the path named in errors (a file path). */
  filePath: string;
  /** Lines before `source` in the file, so errors point into the file. */
  lineOffset?: number;
  courseSlug: string;
  /** UI language: labels of buttons, tooltips… */
  locale: TLocale;
  /** Language the document is written in (sets `lang` on the wrapper and the anchor labels). */
  contentLocale: TLocale;
  componentsFor: TMdxComponentsFor;
};

/**
 * Compiles (cached by file path + content hash) and binds an MDX body to the site's MDX
 * components. Never compiles an unchanged document twice in one server process.
 */
export async function renderMdxDocument(input: TRenderMdxDocumentInput): Promise<{ content: ReactElement; toc: TTocEntry[] }> {
  const relative = path.relative(process.cwd(), input.filePath);
  const compiled = await getCompiledMdx(`${input.contentLocale}:${input.filePath}`, input.source, () =>
    compileMdx({ body: input.source, filePath: relative, lineOffset: input.lineOffset ?? 0, contentLocale: input.contentLocale }),
  );
  const sets = await loadExerciseSets(input.courseSlug).catch(() => []);
  const exercises = Object.fromEntries(sets.map((set) => [set.id, { title: set.title, titleEn: set.titleEn, items: set.items.length }]));
  const components = input.componentsFor({ courseSlug: input.courseSlug, locale: input.locale, contentLocale: input.contentLocale, exercises });
  return { content: createElement(compiled.Content, { components }), toc: compiled.toc };
}

/**
 * A lesson ready to render: the `.en.mdx` variant for English when it exists, else the Chinese
 * file (`localeUsed` says which). Null for an invalid slug or an unknown course/lesson. Drafts are
 * returned too (check `frontmatter.draft`). Throws, naming file and line:col, on malformed content.
 */
export async function renderLesson({
  courseSlug,
  lessonSlug,
  locale,
  componentsFor,
  contentDir = defaultContentDir(),
}: {
  courseSlug: string;
  lessonSlug: string;
  locale: TLocale;
  componentsFor: TMdxComponentsFor;
  /** Tests only: a content/ folder other than ./content. */
  contentDir?: string;
}): Promise<TRenderedLesson | null> {
  if (!isContentSlug(courseSlug) || !isContentSlug(lessonSlug)) return null;
  const dir = path.join(contentDir, "courses", courseSlug, "lessons");
  const candidates: { file: string; localeUsed: TLocale }[] = [
    ...(locale === "en" ? [{ file: path.join(dir, `${lessonSlug}.en.mdx`), localeUsed: "en" as const }] : []),
    { file: path.join(dir, `${lessonSlug}.mdx`), localeUsed: "zh" },
  ];
  for (const { file, localeUsed } of candidates) {
    const source = await readIfExists(file);
    if (source === null) continue;
    const { frontmatter, body, lineOffset } = parseFrontmatterOf(file, source, ZLessonFrontmatter);
    const { content, toc } = await renderMdxDocument({ source: body, filePath: file, lineOffset, courseSlug, locale, contentLocale: localeUsed, componentsFor });
    return { content, toc, frontmatter, localeUsed };
  }
  return null;
}

/**
 * A guideline document (content/courses/<course>/guidelines/<id>.mdx, written in Chinese) with its
 * rules in document order. Null for an invalid slug or an unknown course/guideline.
 */
export async function renderGuideline({
  courseSlug,
  guidelineId,
  locale,
  componentsFor,
  contentDir = defaultContentDir(),
}: {
  courseSlug: string;
  guidelineId: string;
  locale: TLocale;
  componentsFor: TMdxComponentsFor;
  /** Tests only: a content/ folder other than ./content. */
  contentDir?: string;
}): Promise<TRenderedGuideline | null> {
  if (!isContentSlug(courseSlug) || !isContentSlug(guidelineId)) return null;
  const file = guidelineFilePath(courseSlug, guidelineId, contentDir);
  const source = await readIfExists(file);
  if (source === null) return null;
  const { frontmatter, body, lineOffset } = parseFrontmatterOf(file, source, ZGuidelineFrontmatter);
  const { content, toc } = await renderMdxDocument({ source: body, filePath: file, lineOffset, courseSlug, locale, contentLocale: "zh", componentsFor });
  return { content, toc, frontmatter, rules: listRulesInSource(body) };
}
