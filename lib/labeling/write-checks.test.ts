import { describe, expect, it } from "vitest";
import { countLengthUnits, detectLanguage, measureFormat, normalizeForMatch, runWriteCheck, ZWriteCheck, type TWriteCheck } from "./write-checks";

const why = { why: "因为规范这样要求。", rule: "2.1" };

describe("countLengthUnits", () => {
  it("counts Chinese characters one by one and other words whole, punctuation and Markdown not at all", () => {
    expect(countLengthUnits("你好，世界！")).toBe(4);
    expect(countLengthUnits("请在 3 月 10 日前回复 Mr. Weber。")).toBe(11);
    expect(countLengthUnits("## 标题\n\n- **加粗** 的字\n| a | b |")).toBe(8);
    expect(countLengthUnits("Don't panic, it's 2,000 pieces, 3.5 each.")).toBe(7);
    expect(countLengthUnits("  \n ，。！")).toBe(0);
  });
});

describe("normalizeForMatch", () => {
  it("ignores case, full-width forms and spaces", () => {
    expect(normalizeForMatch("７ 天 无理由 ABC")).toBe("7天无理由abc");
  });
});

describe("measureFormat", () => {
  it("counts bullet and numbered list items, in the ways Chinese texts number them", () => {
    const text = "要点：\n- 一\n* 二\n1. 三\n2、四\n（3）五\n一、六\n正文里的 1. 不算行首";
    expect(measureFormat(text, "bullet-list")).toBe(2);
    expect(measureFormat(text, "numbered-list")).toBe(4);
    expect(measureFormat(text, "list")).toBe(6);
  });

  it("counts the data rows of Markdown tables only under a header and a separator", () => {
    const table = "| 时间 | 画面 |\n| --- | :---: |\n| 0–5 秒 | 旧书 |\n| 5–15 秒 | 广场 |\n\n文字\n\n|a|b|\n|---|---|\n|1|2|";
    expect(measureFormat(table, "table")).toBe(3);
    expect(measureFormat("a | b\nc | d", "table")).toBe(0);
  });

  it("counts headings, and for plain text the Markdown a chat window would show raw", () => {
    expect(measureFormat("# 一\n## 二\n####### 不是\n#没有空格", "headings")).toBe(2);
    expect(measureFormat("1. 第一条\n- 第二条\n普通文字", "plain")).toBe(0);
    expect(measureFormat("## 标题\n**加粗** 和 [链接](https://x.cn)", "plain")).toBe(3);
  });
});

describe("detectLanguage", () => {
  it("finds the language most of the text is in", () => {
    expect(detectLanguage("这是一段中文，夹了 RAG 和 token 两个词。")).toMatchObject({ detected: "zh" });
    expect(detectLanguage("Dear Mr. Weber, thank you for the update from 张经理.")).toMatchObject({ detected: "en" });
    expect(detectLanguage("……")).toEqual({ detected: "unknown", han: 0, words: 0 });
  });
});

describe("runWriteCheck", () => {
  const run = (check: TWriteCheck, text: string) => runWriteCheck(ZWriteCheck.parse(check), text);

  it("include passes when any pattern appears and reports which", () => {
    const check: TWriteCheck = { kind: "include", label: "说明退货时限", anyOf: ["7 天", "七天"], ...why };
    expect(run(check, "支持7天无理由退货")).toEqual({ kind: "include", passed: true, matched: ["7 天"] });
    expect(run(check, "支持无理由退货")).toEqual({ kind: "include", passed: false, matched: [] });
  });

  it("exclude fails when any pattern appears", () => {
    const check: TWriteCheck = { kind: "exclude", label: "不承诺疗效", anyOf: ["根治", "保证治愈"], ...why };
    expect(run(check, "可以缓解症状")).toEqual({ kind: "exclude", passed: true, matched: [] });
    expect(run(check, "三个疗程即可根治")).toEqual({ kind: "exclude", passed: false, matched: ["根治"] });
  });

  it("length checks the bounds inclusively", () => {
    const check: TWriteCheck = { kind: "length", min: 4, max: 6, ...why };
    expect(run(check, "一二三")).toEqual({ kind: "length", passed: false, count: 3 });
    expect(run(check, "一二三四")).toEqual({ kind: "length", passed: true, count: 4 });
    expect(run(check, "一二三四五六")).toMatchObject({ passed: true });
    expect(run(check, "一二三四五六七")).toMatchObject({ passed: false, count: 7 });
    expect(run({ kind: "length", max: 2, ...why }, "一二")).toMatchObject({ passed: true });
  });

  it("format needs at least min items, and plain needs no Markdown at all", () => {
    expect(run({ kind: "format", format: "numbered-list", min: 3, ...why }, "1. a\n2. b")).toEqual({ kind: "format", passed: false, found: 2 });
    expect(run({ kind: "format", format: "numbered-list", min: 3, ...why }, "1. a\n2. b\n3. c")).toMatchObject({ passed: true });
    expect(run({ kind: "format", format: "table", ...why }, "| a |\n|---|\n| 1 |")).toMatchObject({ passed: true, found: 1 });
    expect(run({ kind: "format", format: "plain", ...why }, "**别加粗**")).toEqual({ kind: "format", passed: false, found: 1 });
  });

  it("language compares the detected language", () => {
    expect(run({ kind: "language", language: "en", ...why }, "Thank you for your help.")).toMatchObject({ passed: true, detected: "en" });
    expect(run({ kind: "language", language: "en", ...why }, "谢谢你的帮助。")).toMatchObject({ passed: false, detected: "zh" });
  });
});

describe("ZWriteCheck", () => {
  it("refuses a length check without bounds or with min above max, and unknown kinds or formats", () => {
    expect(ZWriteCheck.safeParse({ kind: "length", ...why }).success).toBe(false);
    expect(ZWriteCheck.safeParse({ kind: "length", min: 10, max: 5, ...why }).success).toBe(false);
    expect(ZWriteCheck.safeParse({ kind: "format", format: "poem", ...why }).success).toBe(false);
    expect(ZWriteCheck.safeParse({ kind: "spelling", ...why }).success).toBe(false);
    expect(ZWriteCheck.safeParse({ kind: "include", label: "要点", anyOf: [], ...why }).success).toBe(false);
    expect(ZWriteCheck.safeParse({ kind: "include", label: "要点", anyOf: ["x"], rule: "2.1" }).success).toBe(false);
  });
});
