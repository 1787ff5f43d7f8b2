import { ZLessonFrontmatter } from "../course-schema";
import type { TLocale } from "../../i18n/types";
import { checkAnchorTables } from "./check-anchor-tables";
import { checkComponents } from "./check-components";
import { checkExercises } from "./check-exercises";
import { checkMdxBody } from "./check-mdx-body";
import { checkReferences } from "./check-references";
import { readFrontmatter, validateFrontmatter, type TFrontmatter } from "./frontmatter-positions";
import type { TContentIndex, TProblem } from "./types";

/**
 * Validates one lesson file: frontmatter (schema, unknown keys, module listed in course.mdx),
 * MDX, components, links/media, exercises, competency codes and reprinted anchor tables. Returns the frontmatter for the en-variant check.
 */
export async function checkLesson(
  file: string,
  source: string,
  courseSlug: string,
  contentLocale: TLocale,
  index: TContentIndex,
  problems: TProblem[],
): Promise<TFrontmatter> {
  const frontmatter = readFrontmatter(file, source);
  problems.push(...frontmatter.problems);
  validateFrontmatter(file, frontmatter, ZLessonFrontmatter, Object.keys(ZLessonFrontmatter.shape), problems);
  const raw = (frontmatter.data ?? {}) as Record<string, unknown>;
  const modules = index.courses.get(courseSlug)?.modules ?? new Set<string>();
  if (typeof raw.module === "string" && /^[a-z0-9-]+$/.test(raw.module) && !modules.has(raw.module)) {
    problems.push({
      file,
      ...frontmatter.locate(["module"]),
      message: `module "${raw.module}" is not listed in course.mdx modules (${[...modules].join(", ")})`,
    });
  }
  const exerciseRefs = Array.isArray(raw.exercises)
    ? raw.exercises.flatMap((id, position) => (typeof id === "string" ? [{ id, point: frontmatter.locate(["exercises", position]) }] : []))
    : [];
  if (Array.isArray(raw.competencies)) {
    raw.competencies.forEach((code, position) => {
      if (typeof code === "string" && !index.competencies?.has(code)) {
        problems.push({ file, ...frontmatter.locate(["competencies", position]), message: `competency "${code}" does not exist in content/standards/4-04-05-05.yaml` });
      }
    });
  }
  const lineOffset = frontmatter.bodyStartLine - 1;
  const tree = await checkMdxBody(file, frontmatter.body, frontmatter.bodyStartLine, contentLocale, problems);
  if (tree) {
    checkComponents(file, tree, lineOffset, problems);
    checkReferences(file, courseSlug, tree, lineOffset, index, problems);
  }
  checkExercises(file, courseSlug, { frontmatter: exerciseRefs, tree, lineOffset }, index, problems);
  checkAnchorTables(file, source, index.courses.get(courseSlug)?.anchorTables ?? [], problems);
  return frontmatter;
}
