import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasUnsafeCharacters, safeString } from "./safe-text";

describe("hasUnsafeCharacters", () => {
  it("finds NUL and lone surrogates, which PostgreSQL refuses", () => {
    for (const bad of ["a\u0000b", "\u0000", "x\ud800", "\udc00y", "\ud800\ud800"]) expect(hasUnsafeCharacters(bad), JSON.stringify(bad)).toBe(true);
  });
  it("accepts ordinary text, Chinese, emoji (a valid surrogate pair), tabs and newlines", () => {
    for (const good of ["", "张悦", "a😀b", "line\nline\ttab", "$\\frac{1}{2}$"]) expect(hasUnsafeCharacters(good), good).toBe(false);
  });
});

describe("safeString", () => {
  it("refuses unsafe text with the invalidCharacters message key", () => {
    const schema = z.object({ name: safeString(z.string().max(10)) });
    const result = schema.safeParse({ name: "a\u0000" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invalidCharacters");
    expect(schema.parse({ name: "好" })).toEqual({ name: "好" });
  });
});

describe("searchText", () => {
  it("keeps a trimmed term, drops empty, repeated or unsafe ones", async () => {
    const { searchText } = await import("./safe-text");
    expect(searchText("  张悦 ")).toBe("张悦");
    expect(searchText("x".repeat(300))).toHaveLength(100);
    for (const dropped of ["", "   ", "a\u0000", ["a", "b"], undefined]) expect(searchText(dropped)).toBeUndefined();
  });
});
