import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/account")).toBe("/account");
    expect(safeReturnPath("/courses/ai-trainer?x=1")).toBe("/courses/ai-trainer?x=1");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42])(
    "falls back for %s",
    (next) => {
      expect(safeReturnPath(next)).toBe("/learn");
    },
  );
});
