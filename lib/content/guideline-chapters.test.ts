import { describe, expect, it } from "vitest";
import { splitGuidelineChapters } from "./guideline-chapters";

const body = [
  "本规范只用于测试。",
  "",
  "## 1 正确性 · Correctness",
  "",
  '<Rule id="1.1" title="甲" titleEn="A">',
  "",
  "正文",
  "",
  "</Rule>",
  "",
  "```md",
  "## 代码块里的标题不分章",
  '<Rule id="9.9" title="代码块里的示例不算规则">',
  "```",
  "",
  "## 会话级结论 · Verdict",
  "",
  '<Rule id="2.1" title="乙">',
  "</Rule>",
].join("\n");

describe("splitGuidelineChapters", () => {
  it("splits at ## headings outside code, numbering chapters by position and keeping each one's rules", () => {
    const parts = splitGuidelineChapters(body);
    expect(parts.intro).toBe("本规范只用于测试。\n");
    expect(parts.chapters.map(({ number, title, lineOffset, rules }) => ({ number, title, lineOffset, rules }))).toEqual([
      { number: 1, title: "1 正确性 · Correctness", lineOffset: 3, rules: [{ id: "1.1", title: "甲", titleEn: "A" }] },
      { number: 2, title: "会话级结论 · Verdict", lineOffset: 16, rules: [{ id: "2.1", title: "乙" }] },
    ]);
    expect(parts.chapters[0]?.source).toContain("## 代码块里的标题不分章");
    expect(parts.chapters[0]?.source).not.toContain("## 1 正确性");
    // Each chapter's first line is the line after its heading: errors point into the file.
    expect(body.split("\n")[parts.chapters[1]!.lineOffset]).toBe(parts.chapters[1]!.source.split("\n")[0]);
  });

  it("is all introduction when there is no chapter", () => {
    expect(splitGuidelineChapters("只有一段。\n### 小标题")).toEqual({ intro: "只有一段。\n### 小标题", chapters: [] });
  });

});
