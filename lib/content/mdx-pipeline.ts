import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { MDXContent } from "mdx/types";
import { evaluate, type EvaluateOptions } from "next-mdx-remote-client/rsc";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeKatex from "rehype-katex";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { interpolate, messagesFor } from "../i18n/catalog";
import { rehypeSlimMath } from "./rehype-slim-math";
import type { TLocale } from "../i18n/types";

// Pure compile step shared by the server renderer (render-lesson.ts) and the CLI content checker,
// so it must not import "server-only".

export type TTocEntry = { depth: 2 | 3; id: string; text: string };
/** A non-fatal compiler remark (e.g. KaTeX could not parse a formula), with body-relative position. */
export type TMdxMessage = { line: number; column: number; message: string; source: string };
export type TCompiledMdx = { Content: MDXContent; toc: TTocEntry[]; tree: Root; messages: TMdxMessage[] };

/** An MDX syntax error; `line`/`column` are 1-based positions in the whole file. */
export class MdxCompileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column} ${reason}`);
    this.name = "MdxCompileError";
  }
}

type TPlace = { line?: number; column?: number; reason?: string };
type TCapture = { tree?: Root; toc: TTocEntry[]; parseError?: TPlace; messages: TMdxMessage[] };
type TMdxOptions = NonNullable<EvaluateOptions["mdxOptions"]>;

/** Wraps the parser so the positioned VFileMessage survives (the library rethrows it without a position). */
function createParserSpy(capture: TCapture) {
  return function remarkParserSpy(this: Processor) {
    const parse = this.parser;
    if (!parse) return;
    this.parser = (document, file) => {
      try {
        return parse(document, file);
      } catch (error) {
        capture.parseError = error as TPlace;
        throw error;
      }
    };
  };
}

/** Gives every heading a github-slugger id (rehype-slug keeps existing ids) and records h2/h3. */
function createTocCollector(capture: TCapture) {
  return function remarkTocCollector() {
    return (tree: Root) => {
      const slugger = new GithubSlugger();
      capture.tree = tree;
      visit(tree, "heading", (node) => {
        const text = toString(node).trim();
        const id = slugger.slug(text);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        if (node.depth === 2 || node.depth === 3) capture.toc.push({ depth: node.depth, id, text });
      });
    };
  };
}

function createMessageCollector(capture: TCapture) {
  return function rehypeMessageCollector() {
    return (_tree: unknown, file: VFile) => {
      for (const message of file.messages) {
        capture.messages.push({
          line: message.line ?? 1,
          column: message.column ?? 1,
          message: message.reason,
          source: message.source ?? "mdx",
        });
      }
    };
  };
}

function buildMdxOptions(capture: TCapture, contentLocale: TLocale): TMdxOptions {
  const anchorLabel = messagesFor(contentLocale).mdx.headingAnchor;
  const textById = (id: unknown) => capture.toc.find((entry) => entry.id === id)?.text ?? "";
  return {
    remarkPlugins: [createParserSpy(capture), remarkGfm, remarkMath, createTocCollector(capture)],
    rehypePlugins: [
      // MathML only: KaTeX's HTML twin made each formula ten times larger (see rehype-slim-math.ts).
      [rehypeKatex, { strict: false, output: "mathml" }],
      rehypeSlimMath,
      [rehypeHighlight, { plainText: ["text", "txt", "plain", "latex", "tex"], aliases: { markdown: ["mdx"] } }],
      rehypeSlug,
      [
        rehypeAutolinkHeadings,
        {
          behavior: "after",
          test: ["h2", "h3"],
          group: { type: "element", tagName: "div", properties: { className: ["heading-group"] }, children: [] },
          properties: (element: { properties: Record<string, unknown> }) => ({
            className: ["heading-anchor"],
            ariaLabel: interpolate(anchorLabel, { heading: textById(element.properties.id) }),
          }),
          content: { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
        },
      ],
      createMessageCollector(capture),
    ],
  };
}

function readPosition(message: string): { line: number; column: number } | null {
  const match = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message) ?? /^>\s*(\d+)\s*\|/m.exec(message);
  if (!match) return null;
  return { line: Number(match[1]), column: match[2] ? Number(match[2]) : 1 };
}

function firstReasonLine(message: string): string {
  const lines = message.split("\n").filter((line) => line.trim() !== "");
  return (lines[0]?.startsWith("[next-mdx-remote-client]") ? lines[1] : lines[0]) ?? message;
}

export type TCompileMdxInput = {
  /** MDX body without frontmatter. */
  body: string;
  /** Path used in error messages (relative to cwd is friendliest). */
  filePath: string;
  /** Lines before the body in the file (frontmatter), added to error lines. */
  lineOffset?: number;
  /** Language of the document's text; used for the heading-anchor labels. */
  contentLocale: TLocale;
};

/**
 * Compiles an MDX body once (GFM, math/KaTeX, highlight.js, heading ids + anchors). Returns the
 * MDX component, the h2/h3 table of contents (ids equal the rendered heading ids), the mdast and
 * compiler remarks. Imports/exports are stripped. Throws MdxCompileError with file:line:col.
 */
export async function compileMdx({ body, filePath, lineOffset = 0, contentLocale }: TCompileMdxInput): Promise<TCompiledMdx> {
  const capture: TCapture = { toc: [], messages: [] };
  const result = await evaluate({
    source: body,
    options: { disableImports: true, disableExports: true, mdxOptions: buildMdxOptions(capture, contentLocale) },
  });
  if (result.error) {
    const parsed = capture.parseError;
    const fallback = readPosition(result.error.message);
    const line = (parsed?.line ?? fallback?.line ?? 1) + lineOffset;
    const column = parsed?.column ?? fallback?.column ?? 1;
    // Drop body-relative positions such as "(3:1-3:10)": the error carries the file position.
    const reason = (parsed?.reason ?? firstReasonLine(result.error.message)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, "");
    throw new MdxCompileError(filePath, line, column, reason);
  }
  const Content = result.content.type;
  if (typeof Content !== "function" || !capture.tree) {
    throw new MdxCompileError(filePath, 1 + lineOffset, 1, "MDX compiled to an unexpected value");
  }
  const messages = capture.messages.map((message) => ({ ...message, line: message.line + lineOffset }));
  return { Content: Content as MDXContent, toc: capture.toc, tree: capture.tree, messages };
}

/** The 1-based line on which an MDX body starts after `---` frontmatter (1 when there is none). */
export function splitBody(source: string): { body: string; bodyStartLine: number; yamlText: string | null } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?/.exec(source);
  if (!match) return { body: source, bodyStartLine: 1, yamlText: null };
  return { body: source.slice(match[0].length), bodyStartLine: match[0].split("\n").length, yamlText: match[1] ?? "" };
}
