import type { Expression, Program } from "estree";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { TPoint } from "./types";

export type TJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A statically known prop value; `known: false` for expressions that need running code. */
export type TPropValue = { known: true; value: unknown } | { known: false; source: string };
export type TProp = { value: TPropValue; point: TPoint };

function evaluateExpression(node: Expression | null | undefined): TPropValue {
  if (!node) return { known: false, source: "" };
  switch (node.type) {
    case "Literal":
      return "regex" in node || "bigint" in node ? { known: false, source: "" } : { known: true, value: node.value };
    case "TemplateLiteral":
      return node.expressions.length === 0
        ? { known: true, value: node.quasis.map((quasi) => quasi.value.cooked ?? "").join("") }
        : { known: false, source: "" };
    case "UnaryExpression": {
      const inner = evaluateExpression(node.argument);
      return node.operator === "-" && inner.known && typeof inner.value === "number"
        ? { known: true, value: -inner.value }
        : { known: false, source: "" };
    }
    case "ArrayExpression": {
      const items: unknown[] = [];
      for (const element of node.elements) {
        if (!element || element.type === "SpreadElement") return { known: false, source: "" };
        const item = evaluateExpression(element);
        if (!item.known) return item;
        items.push(item.value);
      }
      return { known: true, value: items };
    }
    default:
      return { known: false, source: "" };
  }
}

/**
 * The props of an MDX JSX element keyed by name: strings as written, `{…}` expressions evaluated
 * when they are literals (strings, numbers, booleans, arrays of those), bare attributes as `true`.
 * Spread attributes are returned in `spreads` (their positions).
 */
export function readJsxProps(node: TJsxElement, lineOffset: number): { props: Map<string, TProp>; spreads: TPoint[] } {
  const props = new Map<string, TProp>();
  const spreads: TPoint[] = [];
  const fallback = node.position?.start ?? { line: 1, column: 1 };
  for (const attribute of node.attributes) {
    const start = attribute.position?.start ?? fallback;
    const point = { line: start.line + lineOffset, column: start.column };
    if (attribute.type === "mdxJsxExpressionAttribute") {
      spreads.push(point);
      continue;
    }
    const raw = attribute.value;
    let value: TPropValue;
    if (raw === null || raw === undefined) value = { known: true, value: true };
    else if (typeof raw === "string") value = { known: true, value: raw };
    else {
      const program = raw.data?.estree as Program | undefined;
      const statement = program?.body[0];
      value = statement?.type === "ExpressionStatement" ? evaluateExpression(statement.expression) : { known: false, source: raw.value };
      if (!value.known) value = { known: false, source: raw.value };
    }
    props.set(attribute.name, { value, point });
  }
  return { props, spreads };
}
