import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { compileMdx } from "../mdx-pipeline";
import { checkComponents } from "./check-components";
import type { TProblem } from "./types";

async function problemsOf(body: string): Promise<string[]> {
  const { tree } = await compileMdx({ body, filePath: "x.mdx", contentLocale: "zh" });
  const problems: TProblem[] = [];
  checkComponents("x.mdx", tree as Root, 0, problems);
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

describe("checkComponents", () => {
  it("accepts literal props written as strings, quoted expressions and escaped quotes", async () => {
    expect(await problemsOf(`<Quiz question={'a "q"'} options={["x", "y \\"z\\""]} answer={1} explanation={\`why\`} />`)).toEqual([]);
  });

  it("reports missing, unknown, non-literal and badly typed props", async () => {
    expect(await problemsOf(`<Callout type="danger" tittle="x">\n\nHi\n\n</Callout>\n\n<Term term="a" definition={someVar} />\n\n<Figure src="img.png" />`)).toEqual([
      `1:10 <Callout> prop \`type\` must be one of "note", "tip", "warning"`,
      "1:24 <Callout> has no prop `tittle` (known: type, title)",
      "7:16 <Term> prop `definition` must be a literal value, not {someVar}",
      '9:9 <Figure> prop `src` must be a path under public/ starting with "/"',
      "9:1 <Figure> is missing required prop `alt`",
    ]);
  });

  it("reports Tab outside Tabs, stray content in Tabs and HTML elements", async () => {
    expect(await problemsOf(`<Tab label="a">\n\nx\n\n</Tab>\n\n<Tabs>\n\ntext\n\n</Tabs>\n\nsome <b>bold</b>`)).toEqual([
      "1:1 <Tab> must be placed directly inside <Tabs>",
      "9:1 only <Tab> may be placed directly inside <Tabs>",
      "13:6 unknown component <b> (HTML elements are not allowed in content; use Markdown)",
    ]);
  });
});
