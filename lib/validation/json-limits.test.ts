import { describe, expect, it } from "vitest";
import { checkJsonText, checkJsonValue } from "./json-limits";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("checkJsonText (before JSON.parse)", () => {
  it("refuses nesting deeper than allowed, without recursion", () => {
    expect(checkJsonText(nested(20_000), { maxDepth: 32, maxBytes: 1_000_000 })).toBe("tooDeep");
    expect(checkJsonText(`{"a":${nested(33)}}`, { maxDepth: 33, maxBytes: 1_000 })).toBe("tooDeep");
    expect(checkJsonText(`{"a":${nested(32)}}`, { maxDepth: 33, maxBytes: 1_000 })).toBeNull();
  });
  it("does not count brackets inside strings", () => {
    expect(checkJsonText(JSON.stringify({ a: '[[[[[[[[[[\\"[[[[' }), { maxDepth: 2, maxBytes: 1_000 })).toBeNull();
  });
  it("refuses text longer than allowed", () => {
    expect(checkJsonText(`"${"x".repeat(100)}"`, { maxDepth: 2, maxBytes: 50 })).toBe("tooLarge");
  });
});

describe("checkJsonValue (after JSON.parse)", () => {
  const limits = { maxDepth: 8, maxNodes: 1_000 };
  it("refuses NUL and lone surrogates in strings and in keys", () => {
    expect(checkJsonValue(JSON.parse('{"a":"x\\u0000y"}'), limits)).toBe("invalidCharacters");
    expect(checkJsonValue(JSON.parse('{"a":["x\\ud800y"]}'), limits)).toBe("invalidCharacters");
    expect(checkJsonValue(JSON.parse('{"\\u0000":1}'), limits)).toBe("invalidCharacters");
    expect(checkJsonValue({ a: "好😀", b: [1, true, null, { c: "$x^2$" }] }, limits)).toBeNull();
  });
  it("refuses values nested too deep or with too many parts, without recursion", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(checkJsonValue(deep, limits)).toBe("tooDeep");
    expect(
      checkJsonValue(
        Array.from({ length: 2_000 }, () => 1),
        limits,
      ),
    ).toBe("tooLarge");
  });
});
