import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { checkChangelog } from "../../labeling/guideline-changelog";
import { listRulesInSource, ZGuidelineFrontmatter } from "../guidelines";
import { checkComponents } from "./check-components";
import { checkMdxBody } from "./check-mdx-body";
import { checkReferences } from "./check-references";
import { readFrontmatter, validateFrontmatter } from "./frontmatter-positions";
import { readJsxProps } from "./jsx-attributes";
import type { TContentIndex, TProblem } from "./types";

/**
 * Rule ids are unique in a guideline, every rule has an English title (`titleEn`) for the English
 * UI, and every rule is in a chapter (after a `## ` heading: see guideline-chapters.ts).
 */
function checkRules(file: string, tree: Root, lineOffset: number, problems: TProblem[]) {
  const firstLine = new Map<string, number>();
  let inChapter = false;
  visit(tree, (node) => {
    if (node.type === "heading" && node.depth === 2) inChapter = true;
    if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== "Rule") return;
    const { props } = readJsxProps(node, lineOffset);
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (!inChapter) {
      problems.push({
        file,
        line: start.line + lineOffset,
        column: start.column,
        message: "<Rule> before the first `## ` heading: each `## ` chapter of a guideline is a page of its own, and what comes before the first one (the index page) should not hold rules",
      });
    }
    if (!props.has("titleEn")) {
      problems.push({ file, line: start.line + lineOffset, column: start.column, message: "<Rule> in a guideline needs `titleEn` (its English title for the English UI)" });
    }
    const id = props.get("id");
    if (!id?.value.known || typeof id.value.value !== "string") return;
    const first = firstLine.get(id.value.value);
    if (first !== undefined) problems.push({ file, ...id.point, message: `duplicate rule id ${id.value.value} (first used on line ${first})` });
    else firstLine.set(id.value.value, id.point.line);
  });
}

/** Validates a guideline document: frontmatter and its changelog, MDX, components, links, unique `<Rule id>`s and a `titleEn` on every rule. */
export async function checkGuideline(file: string, source: string, courseSlug: string, index: TContentIndex, problems: TProblem[]): Promise<void> {
  const frontmatter = readFrontmatter(file, source);
  problems.push(...frontmatter.problems);
  const data = validateFrontmatter(file, frontmatter, ZGuidelineFrontmatter, Object.keys(ZGuidelineFrontmatter.shape), problems);
  if (data?.changelog) {
    const ruleIds = new Set(listRulesInSource(frontmatter.body).map((rule) => rule.id));
    for (const message of checkChangelog(data.changelog, data.version, ruleIds)) problems.push({ file, ...frontmatter.locate(["changelog"]), message });
  }
  const tree = await checkMdxBody(file, frontmatter.body, frontmatter.bodyStartLine, "zh", problems);
  if (!tree) return;
  const lineOffset = frontmatter.bodyStartLine - 1;
  checkComponents(file, tree, lineOffset, problems);
  checkReferences(file, courseSlug, tree, lineOffset, index, problems);
  checkRules(file, tree, lineOffset, problems);
}
