import type { Element, ElementContent, Root } from "hast";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/** KaTeX with trust off: formulas cannot produce links, classes, styles or HTML. */
const katexOptions = { trust: false, strict: "ignore", throwOnError: false } as const;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  // Raw HTML in the text is dropped (allowDangerousHtml stays off): only markdown renders.
  .use(remarkRehype)
  .use(rehypeKatex, katexOptions)
  .use(rehypeStringify);

const safeHref = /^(?:https?:|mailto:|#|\/(?!\/))/i;

/**
 * Learners' Markdown may still carry link targets and images: links keep only http(s), mailto and
 * same-site targets (and open without a referrer), images become their alt text so a reviewer's
 * browser loads nothing a learner points at.
 */
function inertLinksAndImages() {
  const visit = (node: Root | Element) => {
    node.children = node.children.map((child): ElementContent => {
      if (child.type !== "element") return child as ElementContent;
      if (child.tagName === "img") return { type: "text", value: String(child.properties.alt ?? "") };
      if (child.tagName === "a") {
        const href = String(child.properties.href ?? "");
        if (safeHref.test(href)) child.properties = { href, rel: ["nofollow", "noopener", "noreferrer"], target: "_blank" };
        else child.properties = {};
      }
      visit(child);
      return child;
    }) as typeof node.children;
  };
  return (tree: Root) => visit(tree);
}

const learnerProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(inertLinksAndImages)
  .use(rehypeKatex, katexOptions)
  .use(rehypeStringify);

function cached(render: (markdown: string) => string) {
  const cache = new Map<string, string>();
  return (markdown: string): string => {
    let html = cache.get(markdown);
    if (html === undefined) {
      html = render(markdown);
      if (cache.size > 5000) cache.clear();
      cache.set(markdown, html);
    }
    return html;
  };
}

/**
 * Markdown with math (authored prompts, responses, sources and gold rewrites) as HTML. Raw HTML
 * inside the text is not passed through. Cached by text, so each text is rendered once per process.
 */
export const renderItemHtml = cached((markdown) => String(processor.processSync(markdown)));

/**
 * A learner's Markdown with math (rewrites shown to reviewers) as inert HTML: no raw HTML, no
 * script or data link targets, no images loaded, KaTeX with trust off. Cached by text.
 */
export const renderLearnerHtml = cached((markdown) => String(learnerProcessor.processSync(markdown)));
