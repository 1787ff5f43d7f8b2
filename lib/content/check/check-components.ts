import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { readJsxProps, type TJsxElement, type TProp } from "./jsx-attributes";
import type { TProblem } from "./types";

type TValidator = (value: unknown) => string | null;
type TSpec = { props: Record<string, { validate: TValidator; required: boolean }>; parent?: string; onlyChild?: string };

const text: TValidator = (value) => (typeof value === "string" && value.trim() !== "" ? null : "must be a non-empty string");
const oneOf =
  (...allowed: string[]): TValidator =>
  (value) =>
    typeof value === "string" && allowed.includes(value) ? null : `must be one of ${allowed.map((item) => `"${item}"`).join(", ")}`;
const options: TValidator = (value) =>
  Array.isArray(value) && value.length >= 2 && value.every((item) => typeof item === "string" && item.trim() !== "")
    ? null
    : 'must be an array of at least two non-empty strings, e.g. {["A", "B"]}';
const index: TValidator = (value) => (Number.isInteger(value) && Number(value) >= 0 ? null : "must be a whole number ≥ 0, e.g. {1}");
const publicPath: TValidator = (value) => (typeof value === "string" && value.startsWith("/") ? null : 'must be a path under public/ starting with "/"');
const ruleId: TValidator = (value) => (typeof value === "string" && /^\d+(\.\d+)*$/.test(value) ? null : 'must be a rule number like "2.1"');
const slug: TValidator = (value) => (typeof value === "string" && /^[a-z0-9-]+$/.test(value) ? null : "must be a slug (a-z, 0-9, -)");

const required = (validate: TValidator) => ({ validate, required: true });
const optional = (validate: TValidator) => ({ validate, required: false });

/** Every component authors may use, with its props. Keep in sync with components/mdx/index.tsx. */
export const componentSpecs: Record<string, TSpec> = {
  Callout: { props: { type: required(oneOf("note", "tip", "warning")), title: optional(text) } },
  Tabs: { props: {}, onlyChild: "Tab" },
  Tab: { props: { label: required(text) }, parent: "Tabs" },
  Figure: { props: { src: required(publicPath), alt: required(text), caption: optional(text) } },
  Video: { props: { src: required(publicPath), captions: required(publicPath), title: required(text) } },
  Quiz: { props: { question: required(text), options: required(options), answer: required(index), explanation: required(text) } },
  Term: { props: { term: required(text), definition: required(text) } },
  Compare: { props: {}, onlyChild: "CompareSide" },
  CompareSide: { props: { title: required(text) }, parent: "Compare" },
  RuleLink: { props: { guideline: required(slug), rule: required(ruleId) } },
  Rule: { props: { id: required(ruleId), title: required(text), titleEn: optional(text) } },
  Exercise: { props: { id: required(slug) } },
};

function isJsx(node: { type: string }): node is TJsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function checkProps(file: string, name: string, spec: TSpec, props: Map<string, TProp>, at: { line: number; column: number }, problems: TProblem[]) {
  for (const [prop, { value, point }] of props) {
    const rule = spec.props[prop];
    if (!rule) {
      problems.push({ file, ...point, message: `<${name}> has no prop \`${prop}\` (known: ${Object.keys(spec.props).join(", ") || "none"})` });
    } else if (!value.known) {
      problems.push({ file, ...point, message: `<${name}> prop \`${prop}\` must be a literal value, not {${value.source}}` });
    } else {
      const error = rule.validate(value.value);
      if (error) problems.push({ file, ...point, message: `<${name}> prop \`${prop}\` ${error}` });
    }
  }
  for (const [prop, rule] of Object.entries(spec.props)) {
    if (rule.required && !props.has(prop)) problems.push({ file, ...at, message: `<${name}> is missing required prop \`${prop}\`` });
  }
  const answer = props.get("answer");
  const choices = props.get("options")?.value;
  if (name === "Quiz" && answer?.value.known && choices?.known && Array.isArray(choices.value) && Number.isInteger(answer.value.value)) {
    const count = choices.value.length;
    if (Number(answer.value.value) >= count) {
      problems.push({ file, ...answer.point, message: `<Quiz> answer ${String(answer.value.value)} is out of range: options has ${count} entries (0–${count - 1})` });
    }
  }
}

/**
 * Reports JSX elements that are not known components (HTML elements included: content uses
 * Markdown), wrong/missing/unknown props, Quiz answers outside the options, and Tab/CompareSide
 * outside their group.
 */
export function checkComponents(file: string, tree: Root, lineOffset: number, problems: TProblem[]): void {
  visit(tree, (node, _index, parent) => {
    if (!isJsx(node)) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line + lineOffset, column: start.column };
    const name = node.name;
    if (name === null) return;
    const spec = componentSpecs[name];
    if (!spec) {
      const hint = /^[a-z]/.test(name) ? "HTML elements are not allowed in content; use Markdown" : `known components: ${Object.keys(componentSpecs).join(", ")}`;
      problems.push({ file, ...at, message: `unknown component <${name}> (${hint})` });
      return;
    }
    const { props, spreads } = readJsxProps(node, lineOffset);
    for (const point of spreads) problems.push({ file, ...point, message: `<${name}> does not accept spread props` });
    checkProps(file, name, spec, props, at, problems);
    const parentName = parent && isJsx(parent) ? parent.name : null;
    if (spec.parent && parentName !== spec.parent) {
      problems.push({ file, ...at, message: `<${name}> must be placed directly inside <${spec.parent}>` });
    }
    if (spec.onlyChild) {
      const children = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
      if (children.length === 0) problems.push({ file, ...at, message: `<${name}> needs at least one <${spec.onlyChild}>` });
      for (const child of children) {
        if (isJsx(child) && child.name === spec.onlyChild) continue;
        const childStart = child.position?.start ?? start;
        problems.push({ file, line: childStart.line + lineOffset, column: childStart.column, message: `only <${spec.onlyChild}> may be placed directly inside <${name}>` });
      }
    }
  });
}
