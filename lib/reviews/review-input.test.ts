import { describe, expect, it } from "vitest";
import { checkAnchor, splitHighlights, validateReviewInput } from "./review-input";
import { reviewRubric } from "./review-rubric";

const text = "解：$x^2=4$，所以 x=2。";
const fullScores = Object.fromEntries(reviewRubric.map((dimension) => [dimension.id, 4]));

describe("checkAnchor", () => {
  it("accepts a range inside the text whose quote is that slice", () => {
    expect(checkAnchor(text, { start: 2, end: 9, quote: "$x^2=4$" })).toBeNull();
  });
  it("refuses ranges outside the text, empty or reversed ranges and fractional offsets", () => {
    expect(checkAnchor(text, { start: 10, end: text.length + 1, quote: text.slice(10) })).toBe("anchorOutOfRange");
    expect(checkAnchor(text, { start: -1, end: 2, quote: "解：" })).toBe("anchorOutOfRange");
    expect(checkAnchor(text, { start: 3, end: 3, quote: "" })).toBe("anchorOutOfRange");
    expect(checkAnchor(text, { start: 4, end: 2, quote: "" })).toBe("anchorOutOfRange");
    expect(checkAnchor(text, { start: 0.5, end: 2, quote: "解" })).toBe("anchorOutOfRange");
  });
  it("refuses a quote that differs from the slice", () => {
    expect(checkAnchor(text, { start: 2, end: 9, quote: "$x^2=5$" })).toBe("quoteMismatch");
  });
});

describe("validateReviewInput", () => {
  it("accepts a full review, trims the comment and sorts anchors by position", () => {
    const result = validateReviewInput(
      {
        scores: fullScores,
        verdict: "REVISE",
        comment: "  写得不错  ",
        anchors: [
          { start: 13, end: 16, quote: "x=2", body: "漏了 x=-2" },
          { start: 0, end: 2, quote: "解：", body: "好" },
        ],
      },
      text,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.review.comment).toBe("写得不错");
    expect(result.review.anchors.map((anchor) => anchor.start)).toEqual([0, 13]);
  });
  it("reports every bad field: missing or out-of-range or unknown scores, verdict, long comment, anchors", () => {
    const result = validateReviewInput(
      {
        scores: { ...fullScores, accuracy: 6, clarity: undefined, extra: 3, completeness: 2.5 },
        verdict: "MAYBE",
        comment: "长".repeat(2_001),
        anchors: [
          { start: 0, end: 99, quote: "x", body: "?" },
          { start: 0, end: 2, quote: "解:", body: "?" },
          { start: 0, end: 2, quote: "解：", body: " " },
        ],
      },
      text,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      "score.accuracy": "scoreOutOfRange",
      "score.completeness": "scoreOutOfRange",
      "score.clarity": "missingScore",
      "score.extra": "unknownDimension",
      verdict: "invalidVerdict",
      comment: "commentTooLong",
      "anchors.0": "anchorOutOfRange",
      "anchors.1": "quoteMismatch",
      "anchors.2": "emptyComment",
    });
  });
  it("treats a missing body as an empty review, never throws", () => {
    expect(validateReviewInput(null, text).ok).toBe(false);
    expect(validateReviewInput({ scores: fullScores, verdict: "ACCEPTED", anchors: "x" }, text)).toEqual({
      ok: true,
      review: { scores: fullScores, verdict: "ACCEPTED", comment: null, anchors: [] },
    });
  });
});

describe("splitHighlights", () => {
  it("splits at anchor boundaries and keeps the text whole", () => {
    const parts = splitHighlights("abcdefgh", [
      { start: 2, end: 5 },
      { start: 4, end: 7 },
    ]);
    expect(parts.map((part) => part.text)).toEqual(["ab", "cd", "e", "fg", "h"]);
    expect(parts.map((part) => part.marks)).toEqual([[], [0], [0, 1], [1], []]);
    expect(parts.map((part) => part.text).join("")).toBe("abcdefgh");
  });
  it("returns the plain text when there is no anchor, and clamps anchors past the end", () => {
    expect(splitHighlights("abc", [])).toEqual([{ text: "abc", start: 0, marks: [] }]);
    expect(splitHighlights("abc", [{ start: 1, end: 10 }]).map((part) => [part.text, part.marks])).toEqual([
      ["a", []],
      ["bc", [0]],
    ]);
    expect(splitHighlights("", [{ start: 0, end: 1 }])).toEqual([]);
  });
});
