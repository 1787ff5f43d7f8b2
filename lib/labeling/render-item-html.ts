import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  // Raw HTML in the text is dropped (allowDangerousHtml stays off): only markdown renders.
  .use(remarkRehype)
  .use(rehypeKatex)
  .use(rehypeStringify);

const cache = new Map<string, string>();

/**
 * Markdown with math (authored prompts, responses, sources and gold rewrites) as HTML. Raw HTML
 * inside the text is not passed through. Cached by text, so each text is rendered once per process.
 */
export function renderItemHtml(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown));
    if (cache.size > 5000) cache.clear();
    cache.set(markdown, html);
  }
  return html;
}
