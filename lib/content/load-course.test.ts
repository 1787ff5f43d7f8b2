import { afterEach, describe, expect, it, vi } from "vitest";
import { courseContentCacheSize, loadCourseContent } from "./load-course";

afterEach(() => vi.unstubAllEnvs());

describe("loadCourseContent's production cache", () => {
  it("keeps only courses that exist, however many unknown names are asked for", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect((await loadCourseContent("ai-trainer"))?.meta).toBeTruthy();
    const before = courseContentCacheSize();
    expect(before).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 500; i++) expect(await loadCourseContent(`no-such-course-${i}`)).toBeNull();
    expect(courseContentCacheSize()).toBe(before);
    expect((await loadCourseContent("ai-trainer"))?.meta).toBeTruthy();
  });
});

describe("loadExerciseSets's production cache", () => {
  it("keeps only courses that exist, however many unknown names are asked for", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { exerciseSetCacheSize, loadExerciseSets } = await import("../labeling/load-exercise-sets");
    expect((await loadExerciseSets("ai-trainer")).length).toBeGreaterThan(0);
    const before = exerciseSetCacheSize();
    for (let i = 0; i < 500; i++) expect(await loadExerciseSets(`no-such-course-${i}`)).toEqual([]);
    expect(exerciseSetCacheSize()).toBe(before);
  });
});

describe("the course in English", () => {
  it("gives every lesson an English title, from its .en.mdx body or its titleEn", async () => {
    const course = await loadCourseContent("ai-trainer");
    const untitled = course!.lessons.filter((lesson) => !lesson.titleEn || /[\u4e00-\u9fff]/.test(lesson.titleEn)).map((lesson) => lesson.slug);
    expect(untitled).toEqual([]);
    expect(course!.lessons.find((lesson) => lesson.slug === "08-intent-drift")?.titleEn).toBe("Intent drift: did the user change, or did the model wander?");
  });
});
