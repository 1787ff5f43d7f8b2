import { createElement, type ComponentType, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildRuleHref, createMdxComponents, mdxComponentNames } from "./index";

type TAnyProps = Record<string, unknown> & { children?: ReactNode };

function render(locale: "zh" | "en", name: string, props: TAnyProps, ...children: ReactNode[]): string {
  const components = createMdxComponents({ courseSlug: "ai-trainer", locale }) as Record<string, ComponentType<TAnyProps>>;
  const component = components[name];
  if (!component) throw new Error(`no component ${name}`);
  return renderToStaticMarkup(createElement(component, props, ...children));
}

describe("createMdxComponents", () => {
  it("provides every documented component plus the wrapper, pre, table and img", () => {
    const components = createMdxComponents({ courseSlug: "c", locale: "zh" });
    for (const name of [...mdxComponentNames, "wrapper", "pre", "table", "img"]) expect(components).toHaveProperty(name);
  });

  it("labels Callouts with a word per type and falls back to note", () => {
    expect(render("zh", "Callout", { type: "warning", title: "小心" }, "x")).toMatch(/role="note"[\s\S]*>注意<\/span><span>小心<\/span>/);
    expect(render("en", "Callout", { type: "bogus" }, "x")).toContain(">Note</span>");
  });

  it("shows every tab panel stacked before hydration", () => {
    const components = createMdxComponents({ courseSlug: "c", locale: "zh" }) as Record<string, ComponentType<TAnyProps>>;
    const html = render(
      "zh",
      "Tabs",
      {},
      createElement(components.Tab!, { label: "A", key: 1 }, "one"),
      "\n",
      createElement(components.Tab!, { label: "B", key: 2 }, "two"),
    );
    expect(html).toContain('<section aria-label="A"');
    expect(html).toContain("one");
    expect(html).toContain("two");
    expect(html).not.toContain('role="tablist"');
  });

  it("renders a quiz as a radiogroup with a live region and a no-JS answer", () => {
    const html = render("en", "Quiz", { question: "Q?", options: ["a", "b"], answer: 1, explanation: "Because." });
    expect(html).toContain('role="radiogroup"');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain("Correct answer: b");
  });

  it("describes a term by its hidden tooltip", () => {
    const html = render("zh", "Term", { term: "SFT", definition: "监督微调" });
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`role="tooltip" id="${describedBy}" hidden=""`);
  });

  it("links rules and renders rule sections with a copyable anchor", () => {
    expect(buildRuleHref("ai-trainer", "general", "2.1")).toBe("/courses/ai-trainer/guidelines/general#rule-2-1");
    expect(render("zh", "RuleLink", { guideline: "math", rule: "1.10" }, "math 1.10")).toContain('href="/courses/ai-trainer/guidelines/math#rule-1-10"');
    const rule = render("en", "Rule", { id: "2.1", title: "事实准确" }, "body");
    expect(rule).toContain('<section id="rule-2-1" aria-labelledby="rule-2-1-title"');
    // The rule's number is its permalink.
    expect(rule).toContain('<a href="#rule-2-1" class="mdx-rule-number">Rule 2.1</a> 事实准确</h3>');
    const english = render("en", "Rule", { id: "2.1", title: "事实准确", titleEn: "Factual accuracy" }, "body");
    expect(english).toContain('Rule 2.1</a> <span lang="en">Factual accuracy</span> <span lang="zh-CN"');
    expect(render("zh", "Rule", { id: "2.1", title: "事实准确", titleEn: "Factual accuracy" }, "body")).not.toContain("Factual accuracy");
    expect(rule).toContain(">Copy link</button>");
  });

  it("renders media, exercises and scrollable code/tables", () => {
    expect(render("zh", "Video", { src: "/v.mp4", captions: "/v.vtt", title: "演示" })).toContain('<track kind="captions" srcLang="zh" src="/v.vtt"');
    expect(render("zh", "Figure", { src: "/a.png", alt: "图" })).toContain('alt="图"');
    expect(render("en", "Exercise", { id: "ex-1" })).toContain("Exercise “ex-1” was not found.");
    expect(render("zh", "Exercise", { id: "ex-1" })).toContain("没有找到练习「ex-1」。");
    expect(render("zh", "pre", {}, "code")).toMatch(/<pre role="group" tabindex="0" aria-label="代码示例（可横向滚动）" class="mdx-pre">/);
    expect(render("zh", "table", {})).toContain('<div role="group" aria-label="表格（可横向滚动）" tabindex="0" class="mdx-table-scroll"><table>');
  });
});
