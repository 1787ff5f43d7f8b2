import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { resetCompiledLessonCache } from "@/lib/content/compiled-mdx-cache";
import { compiledLessonCacheStats, listGuidelineRules, renderGuideline, renderLesson } from "@/lib/content/render-lesson";
import { readGuidelineOutline, renderGuidelineChapter, renderGuidelineIndex } from "@/lib/content/render-guideline";
import { createMdxComponents } from ".";

const clean = path.join("lib", "content", "check", "fixtures", "clean", "content");
const broken = path.join("lib", "content", "check", "fixtures", "broken", "content");

beforeEach(() => resetCompiledLessonCache());

/** Lessons and guidelines rendered with the site's component map (lib/content reads and compiles, components/mdx binds). */
describe("renderLesson", () => {
  it("renders a Chinese lesson with components, math, highlighted code and anchored headings", async () => {
    const lesson = await renderLesson({ courseSlug: "demo", lessonSlug: "01-intro", locale: "zh", contentDir: clean, componentsFor: createMdxComponents });
    expect(lesson?.localeUsed).toBe("zh");
    expect(lesson?.frontmatter).toMatchObject({ title: "第一课", module: "basics", freePreview: true, exercises: ["ex-1"] });
    expect(lesson?.toc).toEqual([
      { depth: 2, id: "一组件", text: "一、组件" },
      { depth: 2, id: "二链接数学与代码", text: "二、链接、数学与代码" },
      { depth: 3, id: "代码", text: "代码" },
    ]);
    const html = renderToStaticMarkup(lesson!.content);
    for (const entry of lesson!.toc) expect(html).toContain(`id="${entry.id}"`);
    expect(html).toContain('aria-label="本节链接：一、组件"');
    expect(html).toContain('class="mdx-content" lang="zh-CN"');
    expect(html).toContain('class="katex"');
    // Formulas are sent once, as MathML: KaTeX's HTML twin made a formula ten times larger.
    expect(html).toMatch(/<span class="katex"><math><mrow>/);
    expect(html).not.toMatch(/katex-html|<semantics|<annotation|xmlns/);
    expect(html).toContain('<span class="hljs-built_in">print</span>');
    expect(html).toContain('role="note"');
    expect(html).toContain('role="radiogroup"');
    expect(html).toContain("乙 &quot;引号&quot;");
    expect(html).toContain('href="/courses/demo/guidelines/general#rule-2-1"');
    expect(html).toContain("没有找到练习「ex-1」。");
  });

  it("uses the .en.mdx variant for English and falls back to Chinese without one", async () => {
    const english = await renderLesson({ courseSlug: "demo", lessonSlug: "01-intro", locale: "en", contentDir: clean, componentsFor: createMdxComponents });
    expect(english?.localeUsed).toBe("en");
    expect(english?.frontmatter.title).toBe("Lesson one");
    expect(renderToStaticMarkup(english!.content)).toContain('aria-label="Link to this section: 1. Components"');
    const fallback = await renderLesson({ courseSlug: "demo", lessonSlug: "02-next", locale: "en", contentDir: clean, componentsFor: createMdxComponents });
    expect(fallback?.localeUsed).toBe("zh");
    expect(renderToStaticMarkup(fallback!.content)).toContain('lang="zh-CN"');
  });

  it("returns null for unknown or invalid slugs", async () => {
    expect(await renderLesson({ courseSlug: "demo", lessonSlug: "99-none", locale: "zh", contentDir: clean, componentsFor: createMdxComponents })).toBeNull();
    expect(await renderLesson({ courseSlug: "nope", lessonSlug: "01-intro", locale: "zh", contentDir: clean, componentsFor: createMdxComponents })).toBeNull();
    expect(await renderLesson({ courseSlug: "demo", lessonSlug: "../course", locale: "zh", contentDir: clean, componentsFor: createMdxComponents })).toBeNull();
    expect(await renderLesson({ courseSlug: "Demo", lessonSlug: "01-intro", locale: "zh", contentDir: clean, componentsFor: createMdxComponents })).toBeNull();
  });

  it("compiles an unchanged lesson only once, whatever the UI locale", async () => {
    await renderLesson({ courseSlug: "demo", lessonSlug: "02-next", locale: "zh", contentDir: clean, componentsFor: createMdxComponents });
    expect(compiledLessonCacheStats()).toEqual({ compiles: 1, hits: 0, entries: 1 });
    await renderLesson({ courseSlug: "demo", lessonSlug: "02-next", locale: "zh", contentDir: clean, componentsFor: createMdxComponents });
    await renderLesson({ courseSlug: "demo", lessonSlug: "02-next", locale: "en", contentDir: clean, componentsFor: createMdxComponents });
    expect(compiledLessonCacheStats()).toEqual({ compiles: 1, hits: 2, entries: 1 });
  });

  it("throws an error naming the file and line:col of malformed MDX", async () => {
    await expect(
      renderLesson({ courseSlug: "demo", lessonSlug: "05-mdx-syntax", locale: "zh", contentDir: broken, componentsFor: createMdxComponents }),
    ).rejects.toThrow(`${path.join(broken, "courses", "demo", "lessons", "05-mdx-syntax.mdx")}:14:29 Could not parse expression with acorn`);
    expect(compiledLessonCacheStats().entries).toBe(0);
  });
});

describe("renderGuideline", () => {
  it("renders rules as linkable sections and lists them", async () => {
    const guideline = await renderGuideline({
      courseSlug: "demo",
      guidelineId: "general",
      locale: "zh",
      contentDir: clean,
      componentsFor: createMdxComponents,
    });
    expect(guideline?.frontmatter).toMatchObject({ title: "演示规范", version: "1.2" });
    expect(guideline?.rules).toEqual([
      { id: "1.1", title: "以用户需求为准", titleEn: "Follow what the user actually needs" },
      { id: "2.1", title: "事实准确", titleEn: "Get the facts right" },
    ]);
    const html = renderToStaticMarkup(guideline!.content);
    expect(html).toContain('<section id="rule-2-1"');
    expect(html).toContain('<a href="#rule-2-1" class="mdx-rule-number">规则 2.1</a> 事实准确</h3>');
    expect(html).not.toContain("Get the facts right");
    const english = renderToStaticMarkup(
      (await renderGuideline({ courseSlug: "demo", guidelineId: "general", locale: "en", contentDir: clean, componentsFor: createMdxComponents }))!.content,
    );
    const heading = /<h3 id="rule-2-1-title"[^>]*>([\s\S]*?)<\/h3>/.exec(english)?.[1] ?? "";
    expect(heading.replace(/<[^>]+>/g, "")).toBe("Rule 2.1 Get the facts right 事实准确");
    expect(heading).toContain('<span lang="en">Get the facts right</span>');
    expect(heading).toContain('<span lang="zh-CN" class="mdx-rule-title-zh">事实准确</span>');
    expect(english).toContain('<section id="rule-2-1"');
  });

  it("returns null for a missing guideline and lists rules for the checker", async () => {
    expect(await renderGuideline({ courseSlug: "demo", guidelineId: "nope", locale: "zh", contentDir: clean, componentsFor: createMdxComponents })).toBeNull();
    expect(await listGuidelineRules("demo", "general", clean)).toHaveLength(2);
    expect(await listGuidelineRules("demo", "nope", clean)).toEqual([]);
  });
});

/** A rule document served as an index and one page per chapter. */
describe("renderGuidelineIndex and renderGuidelineChapter", () => {
  const input = { courseSlug: "demo", guidelineId: "general", locale: "zh" as const, contentDir: clean, componentsFor: createMdxComponents };

  it("renders the introduction and lists the chapters with their rules", async () => {
    const index = await renderGuidelineIndex(input);
    expect(index?.frontmatter.version).toBe("1.2");
    expect(renderToStaticMarkup(index!.intro!)).toContain("本规范只用于测试。");
    expect(renderToStaticMarkup(index!.intro!)).not.toContain("mdx-rule");
    expect(index?.chapters).toEqual([
      {
        number: 1,
        title: "1 正确性 · Correctness",
        rules: [
          { id: "1.1", title: "以用户需求为准", titleEn: "Follow what the user actually needs" },
          { id: "2.1", title: "事实准确", titleEn: "Get the facts right" },
        ],
      },
    ]);
  });

  it("renders one chapter's rules, without its heading or the introduction", async () => {
    const chapter = await renderGuidelineChapter({ ...input, chapter: "1" });
    expect(chapter?.chapter.title).toBe("1 正确性 · Correctness");
    expect([chapter?.previous, chapter?.next]).toEqual([null, null]);
    const html = renderToStaticMarkup(chapter!.content);
    expect(html).toContain('<section id="rule-2-1"');
    expect(html).not.toContain("本规范只用于测试。");
    expect(html).not.toContain("<h2");
  });

  it("answers null for a chapter that is not a number of the document, and for an unknown document", async () => {
    for (const chapter of ["0", "2", "01", "1x", "-1", "999999", ""]) expect(await renderGuidelineChapter({ ...input, chapter }), chapter).toBeNull();
    expect(await renderGuidelineChapter({ ...input, guidelineId: "nope", chapter: "1" })).toBeNull();
    expect(await renderGuidelineIndex({ ...input, guidelineId: "../x" })).toBeNull();
  });

  it("reads the outline the pages' titles need without compiling, null where the pages answer 404", async () => {
    const outline = { courseSlug: "demo", guidelineId: "general", contentDir: clean };
    expect(await readGuidelineOutline(outline)).toMatchObject({ frontmatter: { title: "演示规范" }, chapter: null });
    expect((await readGuidelineOutline({ ...outline, chapter: "1" }))?.chapter?.title).toBe("1 正确性 · Correctness");
    expect(compiledLessonCacheStats().compiles).toBe(0);
    for (const chapter of ["2", "01", "x"]) expect(await readGuidelineOutline({ ...outline, chapter }), chapter).toBeNull();
    expect(await readGuidelineOutline({ ...outline, guidelineId: "nope" })).toBeNull();
  });
});
