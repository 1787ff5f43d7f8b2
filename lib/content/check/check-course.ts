import { readFile } from "node:fs/promises";
import { ZCourseFrontmatter } from "../course-schema";
import { checkComponents } from "./check-components";
import { checkMdxBody } from "./check-mdx-body";
import { readFrontmatter, validateFrontmatter } from "./frontmatter-positions";
import type { TProblem } from "./types";

/** Validates course.mdx (frontmatter against ZCourseFrontmatter, body compiles). Returns its module slugs. */
export async function checkCourse(file: string, problems: TProblem[]): Promise<Set<string>> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch {
    problems.push({ file, line: 1, column: 1, message: "course.mdx is missing" });
    return new Set();
  }
  const frontmatter = readFrontmatter(file, source);
  problems.push(...frontmatter.problems);
  const course = validateFrontmatter(file, frontmatter, ZCourseFrontmatter, Object.keys(ZCourseFrontmatter.shape), problems);
  const tree = await checkMdxBody(file, frontmatter.body, frontmatter.bodyStartLine, "zh", problems);
  if (tree) checkComponents(file, tree, frontmatter.bodyStartLine - 1, problems);
  const modules = new Set<string>();
  const seen = new Set<string>();
  (course?.modules ?? []).forEach((module, index) => {
    if (seen.has(module.slug)) problems.push({ file, ...frontmatter.locate(["modules", index, "slug"]), message: `duplicate module slug "${module.slug}"` });
    seen.add(module.slug);
    modules.add(module.slug);
  });
  return modules;
}
