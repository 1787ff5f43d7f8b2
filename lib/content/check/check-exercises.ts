import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { readJsxProps } from "./jsx-attributes";
import type { TContentIndex, TPoint, TProblem } from "./types";

/**
 * Reports exercises referenced in frontmatter `exercises` or by `<Exercise id>` that have no
 * content/courses/<course>/exercises/<id>.json|.yaml|.yml file.
 */
export function checkExercises(
  file: string,
  courseSlug: string,
  references: { frontmatter: { id: string; point: TPoint }[]; tree: Root | null; lineOffset: number },
  index: TContentIndex,
  problems: TProblem[],
): void {
  const known = index.courses.get(courseSlug)?.exercises ?? new Set<string>();
  const report = (id: string, point: TPoint) => {
    if (!known.has(id)) {
      problems.push({ file, ...point, message: `exercise "${id}" does not exist (content/courses/${courseSlug}/exercises/${id}.json or .yaml)` });
    }
  };
  for (const { id, point } of references.frontmatter) report(id, point);
  if (!references.tree) return;
  visit(references.tree, (node) => {
    if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== "Exercise") return;
    const id = readJsxProps(node, references.lineOffset).props.get("id");
    if (id?.value.known && typeof id.value.value === "string") report(id.value.value, id.point);
  });
}
