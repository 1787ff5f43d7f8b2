import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Trims KaTeX's MathML (the only math output of lessons and rule documents) to what a browser
 * draws and a screen reader reads: no `xmlns` (HTML parsers and React put <math> in the MathML
 * namespace themselves) and no <semantics> wrapper with the TeX source as an <annotation>, which
 * only KaTeX's HTML twin used. Every byte of a formula is sent twice (HTML and RSC payload).
 */
export function rehypeSlimMath() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "math") return;
      delete node.properties.xmlns;
      const [only] = node.children;
      if (node.children.length === 1 && only?.type === "element" && only.tagName === "semantics") {
        node.children = only.children.filter((child) => !(child.type === "element" && child.tagName === "annotation"));
      }
    });
  };
}
