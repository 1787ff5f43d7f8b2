import { describe, expect, it } from "vitest";
import { renderItemHtml } from "./render-item-html";

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
