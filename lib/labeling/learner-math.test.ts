import { describe, expect, it } from "vitest";
import { learnerFormulaProblem, maxLearnerMathEm, renderLearnerMath } from "./learner-math";

/** Every length KaTeX wrote into a style attribute, in em (what decides how far a box reaches). */
function styleLengths(html: string): number[] {
  return [...html.matchAll(/style="([^"]*)"/g)].flatMap((match) => [...match[1]!.matchAll(/(-?[\d.]+)em/g)].map((length) => Math.abs(Number(length[1]))));
}

describe("renderLearnerMath", () => {
  it("typesets ordinary formulas", () => {
    const html = renderLearnerMath("x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}", false);
    expect(html).toContain('class="katex"');
    expect(html).not.toContain("katex-error");
  });

  it.each([
    "\\rule[-300em]{200em}{400em}",
    "\\rule{200em}{400em}",
    "\\raisebox{-300em}{x}",
    "\\kern300em x",
    "\\kern-300em x",
    "\\hspace{300em}x",
    "\\rule{5000pt}{1pt}",
    "\\rule{1pt}{20cm}",
    "\\mskip900mu x",
    "\\Huge\\rule{5em}{5em}",
  ])("keeps %s within a few em", (formula) => {
    const html = renderLearnerMath(formula, true);
    expect(Math.max(0, ...styleLengths(html))).toBeLessThanOrEqual(maxLearnerMathEm * 2.5);
  });

  it("never trusts the text: no links, classes, ids or styles from it", () => {
    const html = renderLearnerMath("\\href{javascript:alert(1)}{x}\\htmlClass{evil}{y}\\htmlStyle{position:fixed}{z}\\url{http://evil.example}", false);
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain('evil.example"');
    expect(html).not.toContain("position:fixed");
    expect(html).not.toMatch(/class="[^"]*evil/);
  });

  it("stops runaway macro expansion and very long formulas", () => {
    const bomb = "\\def\\a{xx}\\def\\b{\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c}\\def\\e{\\d\\d\\d\\d}\\e\\e\\e\\e";
    expect(renderLearnerMath(bomb, false).length).toBeLessThan(20_000);
    expect(learnerFormulaProblem("x".repeat(2_000))).not.toBeNull();
  });
});
