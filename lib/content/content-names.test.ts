import { describe, expect, it } from "vitest";
import { isContentSlug } from "../validation/content-slug";
import { listGuidelineRules, renderGuideline, renderLesson } from "./render-lesson";

const long = "a".repeat(300);
const clean = "lib/content/check/fixtures/clean/content";

describe("isContentSlug", () => {
  it("accepts the names used under content/", () => {
    for (const slug of ["ai-trainer", "01-what-an-ai-trainer-does", "general", "general-qa-scoring", "set_2"]) expect(isContentSlug(slug)).toBe(true);
  });
  it.each([long, "a".repeat(101), "", "-x", "..", "../x", "A", "课程", "a\u0000", "a/b", "a.mdx", undefined, 3])("refuses %j", (slug) => {
    expect(isContentSlug(slug)).toBe(false);
  });
});

describe("content readers with names no file can have", () => {
  it("answer not found for a 300-character name instead of failing with ENAMETOOLONG", async () => {
    expect(await renderLesson({ courseSlug: "demo", lessonSlug: long, locale: "zh", contentDir: clean, componentsFor: () => ({}) })).toBeNull();
    expect(await renderLesson({ courseSlug: long, lessonSlug: "01-intro", locale: "en", contentDir: clean, componentsFor: () => ({}) })).toBeNull();
    expect(await renderGuideline({ courseSlug: "demo", guidelineId: long, locale: "zh", contentDir: clean, componentsFor: () => ({}) })).toBeNull();
    expect(await listGuidelineRules("demo", long, clean)).toEqual([]);
  });
});

describe("loadCourseContent", () => {
  it("answers null for a 300-character course name without touching the file system", async () => {
    const { loadCourseContent } = await import("./load-course");
    expect(await loadCourseContent(long)).toBeNull();
  });
});
