import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

/** What a browser does with a Location header value: resolve it against the page's URL. */
const browserTarget = (location: string) => new URL(location, "https://school.example/sign-in").href;

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/account")).toBe("/account");
    expect(safeReturnPath("/courses/ai-trainer?x=1")).toBe("/courses/ai-trainer?x=1");
    expect(safeReturnPath("/courses/ai-trainer?x=1#top")).toBe("/courses/ai-trainer?x=1#top");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "javascript:alert(1)",
    "/\t/127.0.0.1:9/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "\t//evil.example",
    "/%09/evil.example/x\u0000",
    "/x\u0000y",
    "/x\u007fy",
    "/x\u2028y",
    "/\ud800",
    "/x/../..//evil.example",
    "",
    undefined,
    42,
    `/${"a".repeat(3000)}`,
  ])("falls back for %j", (next) => {
    expect(safeReturnPath(next)).toBe("/learn");
  });

  it("percent-encodes non-ASCII so the path can go into a Location header", () => {
    expect(safeReturnPath("/课程")).toBe("/%E8%AF%BE%E7%A8%8B");
    expect(safeReturnPath("/courses?q=课程")).toBe("/courses?q=%E8%AF%BE%E7%A8%8B");
    for (const next of ["/课程", "/courses?q=课程#第一节"]) {
      expect(safeReturnPath(next)).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it("never sends a browser to another origin, whatever it is given", () => {
    const tricky = ["/%2F/evil.example", "/./evil.example", "/..//evil.example", "/%5C/evil.example", "/?//evil.example"];
    for (const next of tricky) {
      const result = safeReturnPath(next);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(new URL(browserTarget(result)).origin).toBe("https://school.example");
    }
  });
});
