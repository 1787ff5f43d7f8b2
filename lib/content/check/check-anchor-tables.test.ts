import { describe, expect, it } from "vitest";
import { checkAnchorTables, listAnchorTables } from "./check-anchor-tables";
import type { TProblem } from "./types";

const guideline = [
  "## 2 正确性",
  "",
  "| 分数 | 锚点描述 |",
  "| --- | --- |",
  "| 2 | 核心内容有重大错误 |",
  "| 1 | 核心结论完全错误或通篇编造 |",
  "",
  "```md",
  "| 分数 | 锚点描述 |",
  "| 1 | 代码块里的不算 |",
  "```",
].join("\n");

function check(lesson: string): TProblem[] {
  const problems: TProblem[] = [];
  checkAnchorTables("lesson.mdx", lesson, listAnchorTables(guideline), problems);
  return problems;
}

describe("listAnchorTables", () => {
  it("reads each anchored scale's rows with trimmed cells, skipping the separator and code blocks", () => {
    expect(listAnchorTables(guideline)).toEqual([{ line: 3, rows: ["2 | 核心内容有重大错误", "1 | 核心结论完全错误或通篇编造"] }]);
  });
});

describe("checkAnchorTables", () => {
  it("accepts a lesson that reprints the guideline's anchors as they are (spacing aside)", () => {
    expect(check("正文\n\n|分数|锚点描述|\n|---|---|\n|  2 | 核心内容有重大错误 |\n| 1 | 核心结论完全错误或通篇编造 |\n")).toEqual([]);
  });

  it("reports a lesson still quoting an anchor the guideline has reworded, at the table's line", () => {
    const lesson = "x\n| 分数 | 锚点描述 |\n| --- | --- |\n| 2 | 核心内容有重大错误 |\n| 1 | 核心结论完全错误、通篇编造，或答非所问 |\n";
    expect(check(lesson)).toEqual([
      {
        file: "lesson.mdx",
        line: 2,
        column: 1,
        message: `anchor table differs from the guideline's: row "1 | 核心结论完全错误、通篇编造，或答非所问" is not in the guideline (quote the anchors as the guideline has them now)`,
      },
    ]);
  });

  it("reports a table that leaves out a row, and ignores tables with other headers", () => {
    expect(check("| 分数 | 锚点描述 |\n| --- | --- |\n| 2 | 核心内容有重大错误 |\n").map((problem) => problem.message)).toEqual([
      "anchor table matches no guideline's anchor table (quote the anchors as the guideline has them now)",
    ]);
    expect(check("| 分数 | 含义 |\n| --- | --- |\n| 1 | 随便写 |\n")).toEqual([]);
  });
});
