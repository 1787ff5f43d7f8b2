import { describe, expect, it } from "vitest";
import { listRulesInSource, ruleAnchorId, ZGuidelineFrontmatter } from "./guidelines";

describe("listRulesInSource", () => {
  it("reads id and title in any order and quoting, skipping code and incomplete tags", () => {
    const source = [
      '<Rule id="1.1" title="事实准确">',
      "",
      "text `<Rule id=\"8.8\" title=\"inline code\">`",
      "",
      "</Rule>",
      "<Rule title='顺序不同' id='1.2'>",
      '<Rule id={"2.1"} title={"表达式"} >',
      '<Rule id="3.1">',
      "```mdx",
      '<Rule id="9.9" title="代码块">',
      "```",
      '<Rule\n  id="4.1"\n  title="跨行 > 符号"\n>',
    ].join("\n");
    expect(listRulesInSource(source)).toEqual([
      { id: "1.1", title: "事实准确" },
      { id: "1.2", title: "顺序不同" },
      { id: "2.1", title: "表达式" },
      { id: "4.1", title: "跨行 > 符号" },
    ]);
  });
});

describe("ruleAnchorId", () => {
  it("replaces dots by dashes", () => {
    expect(ruleAnchorId("2.1")).toBe("rule-2-1");
    expect(ruleAnchorId("10.2.3")).toBe("rule-10-2-3");
  });
});

describe("ZGuidelineFrontmatter", () => {
  it("requires a quoted version", () => {
    const base = { title: "t", titleEn: "t", summary: "s", summaryEn: "s" };
    expect(ZGuidelineFrontmatter.safeParse({ ...base, version: "1.10" }).success).toBe(true);
    expect(ZGuidelineFrontmatter.safeParse({ ...base, version: 1.1 }).success).toBe(false);
  });
});
