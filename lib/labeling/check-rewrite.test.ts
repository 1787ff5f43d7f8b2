import { describe, expect, it } from "vitest";
import { checkRewrite, findMathSegments } from "./check-rewrite";

describe("findMathSegments", () => {
  it("finds inline and display math, in order", () => {
    expect(findMathSegments("a $x$ b $$y^2$$ c $z$")).toEqual([
      { formula: "x", display: false, closed: true },
      { formula: "y^2", display: true, closed: true },
      { formula: "z", display: false, closed: true },
    ]);
  });

  it("treats \\$ as a literal dollar, outside math and inside it", () => {
    expect(findMathSegments("costs \\$5 or \\$6")).toEqual([]);
    expect(findMathSegments("$a \\$ b$ and \\$")).toEqual([{ formula: "a \\$ b", display: false, closed: true }]);
    // `\\` is a LaTeX line break: the dollar after it still closes.
    expect(findMathSegments("$$a \\\\$$")).toEqual([{ formula: "a \\\\", display: true, closed: true }]);
  });

  it("reports an unclosed delimiter as one segment to the end", () => {
    expect(findMathSegments("x $a + b")).toEqual([{ formula: "a + b", display: false, closed: false }]);
    expect(findMathSegments("x $$a $ b")).toEqual([{ formula: "a $ b", display: true, closed: false }]);
  });
});

describe("checkRewrite", () => {
  it("sees a change only beyond whitespace", () => {
    expect(checkRewrite("一 二\n三", "  一  二 三 \n")).toEqual({ changed: false, empty: false, mathErrors: [] });
    expect(checkRewrite("一 二 三", "一 二 四")).toMatchObject({ changed: true });
    expect(checkRewrite("一二", "一 二")).toMatchObject({ changed: true });
  });

  it("flags an empty rewrite", () => {
    expect(checkRewrite("原文", " \n\t")).toEqual({ changed: true, empty: true, mathErrors: [] });
    expect(checkRewrite("", "")).toEqual({ changed: false, empty: true, mathErrors: [] });
  });

  it("parses every formula with KaTeX and names the broken ones", () => {
    const ok = checkRewrite("", "面积 $\\pi r^2$，$$\\frac{a}{b} = \\sqrt{2}$$，价格 \\$5，中文 $x = 一$");
    expect(ok.mathErrors).toEqual([]);
    const broken = checkRewrite("", "先 $\\frac{1}{$ 再 $$\\begin{aligned} a \\end{matrix}$$ 后 $\\undefinedmacro$");
    expect(broken.mathErrors.map((error) => error.formula)).toEqual(["\\frac{1}{", "\\begin{aligned} a \\end{matrix}", "\\undefinedmacro"]);
    for (const error of broken.mathErrors) expect(error.message).toMatch(/KaTeX parse error/);
  });

  it("names formulas sized to draw over the page (the reviewer sees why they stay text)", () => {
    const checks = checkRewrite("", "改写 $\\rule[-300em]{200em}{400em}$ 和 $\\kern-300em x$，正常的 $\\rule{1em}{1em}$");
    expect(checks.mathErrors).toEqual([
      { formula: "\\rule[-300em]{200em}{400em}", message: "Size -300em exceeds 5em" },
      { formula: "\\kern-300em x", message: "Size -300em exceeds 5em" },
    ]);
  });

  it("reports an unclosed dollar with a hint", () => {
    expect(checkRewrite("", "价格 $5").mathErrors).toEqual([{ formula: "5", message: "unclosed $ (write \\$ for a literal dollar sign)" }]);
  });
});
