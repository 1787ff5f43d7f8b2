import { describe, expect, it } from "vitest";
import { compileMdx, MdxCompileError, splitBody } from "./mdx-pipeline";

describe("compileMdx", () => {
  it("extracts h2/h3 with github-slugger ids, de-duplicated, and ignores other depths", async () => {
    const { toc } = await compileMdx({
      body: "# Top\n\n## 一、开始 $x$\n\n### Same\n\n### Same\n\n#### Deep\n\n## `code` *em*\n",
      filePath: "x.mdx",
      contentLocale: "zh",
    });
    expect(toc).toEqual([
      { depth: 2, id: "一开始-x", text: "一、开始 x" },
      { depth: 3, id: "same", text: "Same" },
      { depth: 3, id: "same-1", text: "Same" },
      { depth: 2, id: "code-em", text: "code em" },
    ]);
  });

  it("throws MdxCompileError at the file position (line offset by the frontmatter)", async () => {
    const error = await compileMdx({ body: "ok\n\n<Callout>\n\nnever closed\n", filePath: "a/b.mdx", lineOffset: 10, contentLocale: "zh" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MdxCompileError);
    expect((error as MdxCompileError).message).toBe("a/b.mdx:13:1 Expected a closing tag for `<Callout>`");
  });

  it("reports formulas KaTeX cannot render as messages at their file line", async () => {
    const { messages } = await compileMdx({ body: "fine $x$\n\nbad $\\frac{1}{$\n", filePath: "x.mdx", lineOffset: 5, contentLocale: "zh" });
    expect(messages).toEqual([{ line: 8, column: 5, message: "Could not render math with KaTeX", source: "rehype-katex" }]);
  });
});

describe("splitBody", () => {
  it("returns the body and the line it starts on", () => {
    expect(splitBody("---\na: 1\nb: 2\n---\n\n# Hi\n")).toEqual({ body: "\n# Hi\n", bodyStartLine: 5, yamlText: "a: 1\nb: 2" });
    expect(splitBody("# Hi\n")).toEqual({ body: "# Hi\n", bodyStartLine: 1, yamlText: null });
  });
});
