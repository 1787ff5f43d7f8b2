import { describe, expect, it } from "vitest";
import { samePageIn } from "../i18n/public-page-url";
import { pathToReturnTo } from "./return-path";

describe("pathToReturnTo", () => {
  const origins = ["http://localhost:3000"];
  it("goes back to the page on this site, with its query", () => {
    expect(pathToReturnTo("http://localhost:3000/courses/ai-trainer/14?x=1", origins)).toBe("/courses/ai-trainer/14?x=1");
  });
  it("never to another site, a protocol-relative path or nonsense", () => {
    expect(pathToReturnTo("https://evil.example/courses", origins)).toBe("/");
    expect(pathToReturnTo("http://localhost:3000//evil.example/x", origins)).toBe("/");
    expect(pathToReturnTo("not a url", origins)).toBe("/");
    expect(pathToReturnTo(null, origins)).toBe("/");
  });
});

describe("samePageIn", () => {
  it("swaps a public page's language and keeps every other path", () => {
    expect(samePageIn("en", "/zh/courses/ai-trainer/14?x=1")).toBe("/en/courses/ai-trainer/14?x=1");
    expect(samePageIn("zh", "/en")).toBe("/zh");
    expect(samePageIn("en", "/learn")).toBe("/learn");
    expect(samePageIn("en", "/zhongwen")).toBe("/zhongwen");
  });
});
