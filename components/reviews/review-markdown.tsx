import { renderItemHtml, renderLearnerHtml } from "@/lib/labeling/render-item-html";
import "katex/dist/katex.min.css";
import "@/components/labeling/workspace.css";

/**
 * Markdown with math on the review page, rendered as the lesson and practice pages render it
 * (KaTeX's stylesheet included, so x² and √ bars have their shape). Learner text goes through the
 * inert renderer (no raw HTML, no unsafe links, no images, KaTeX trust off); authored text through
 * the item renderer. Wide formulas, tables and code scroll inside the box, never the page.
 */
export function ReviewMarkdown({ text, label, author, className = "" }: { text: string; label?: string; author: "learner" | "course"; className?: string }) {
  const html = author === "learner" ? renderLearnerHtml(text) : renderItemHtml(text);
  return (
    <div
      role={label ? "region" : undefined}
      aria-label={label}
      className={`item-html min-w-0 max-w-full overflow-x-auto ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
