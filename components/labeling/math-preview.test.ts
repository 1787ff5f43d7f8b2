import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MathPreview, MathText } from "./math-preview";

/** Every length in a style attribute, in em: how far a typeset box can reach. */
function styleLengths(html: string): number[] {
  return [...html.matchAll(/style="([^"]*)"/g)].flatMap((match) => [...match[1]!.matchAll(/(-?[\d.]+)em/g)].map((length) => Math.abs(Number(length[1]))));
}

const attack = "改写：$\\rule[-300em]{200em}{400em}$ 和 $$\\raisebox{-300em}{x}\\kern-300em$$";

describe("learner math on the learner's and the reviewer's pages", () => {
  it("MathPreview keeps every box within a few em and clips its panel", () => {
    const html = renderToStaticMarkup(createElement(MathPreview, { text: attack, label: "学员改写" }));
    expect(Math.max(0, ...styleLengths(html))).toBeLessThanOrEqual(12.5);
    const panel = html.match(/^<div[^>]*>/)![0];
    expect(panel).toMatch(/overflow-hidden/);
    expect(panel).toMatch(/\[contain:paint\]/);
  });

  it("MathText keeps every box within a few em", () => {
    const html = renderToStaticMarkup(createElement(MathText, { text: attack }));
    expect(Math.max(0, ...styleLengths(html))).toBeLessThanOrEqual(12.5);
  });
});
