import path from "node:path";
import type { Root } from "mdast";
import type { TLocale } from "../../i18n/types";
import { compileMdx, MdxCompileError } from "../mdx-pipeline";
import type { TProblem } from "./types";

/**
 * Compiles an MDX body with the site's pipeline. Syntax errors and compiler remarks (e.g. a
 * formula KaTeX cannot render) become problems at their file line:col. Returns the mdast, or
 * null when the body does not compile.
 */
export async function checkMdxBody(
  file: string,
  body: string,
  bodyStartLine: number,
  contentLocale: TLocale,
  problems: TProblem[],
): Promise<Root | null> {
  try {
    const compiled = await compileMdx({ body, filePath: path.relative(process.cwd(), file), lineOffset: bodyStartLine - 1, contentLocale });
    for (const message of compiled.messages) {
      problems.push({ file, line: message.line, column: message.column, message: `${message.message} (${message.source})` });
    }
    return compiled.tree;
  } catch (error) {
    if (error instanceof MdxCompileError) {
      problems.push({ file, line: error.line, column: error.column, message: `MDX syntax error: ${error.reason}` });
      return null;
    }
    throw error;
  }
}
