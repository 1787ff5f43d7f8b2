import { describe, expect, it } from "vitest";
import { renderItemHtml, renderLearnerHtml } from "./render-item-html";

describe("renderItemHtml", () => {
  it("renders markdown, tables and math", () => {
    const html = renderItemHtml("**答案**：$x^2$\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>答案</strong>");
    expect(html).toContain('class="katex"');
    expect(html).toContain("<table>");
  });
  it("never passes raw HTML through", () => {
    const html = renderItemHtml('hello <script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
  });
});

describe("renderLearnerHtml", () => {
  it("renders a learner's Markdown and math as the practice pages do", () => {
    const html = renderLearnerHtml("**解**：$x^2$，$\\sqrt{2x+3}$\n\n$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n$$");
    expect(html).toContain("<strong>解</strong>");
    expect(html).toContain('class="katex-display"');
    expect(html).toContain("msupsub");
    expect(html).not.toContain("**");
  });
  it("never passes raw HTML through", () => {
    const html = renderLearnerHtml('hi <script>alert(1)</script><b onclick="x()">b</b> <img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<b |onclick|onerror|<img/);
    expect(html).toContain("hi");
  });
  it("keeps only safe link targets and loads no images", () => {
    const html = renderLearnerHtml("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.com/x) ![pixel](https://tracker.example/p.png)");
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).toContain('href="https://example.com/x"');
    expect(html).not.toContain("<img");
    expect(html).toContain("pixel");
  });
  it("typesets math with KaTeX's trust off: no links, classes or HTML from a formula", () => {
    const html = renderLearnerHtml("$\\href{javascript:alert(1)}{x}$ $\\htmlClass{evil}{y}$ $\\url{https://example.com}$");
    // The source stays visible only as escaped text (the formula's annotation and error).
    expect(html).not.toMatch(/href=|<a /);
    expect(html).not.toContain('class="evil');
  });
});
