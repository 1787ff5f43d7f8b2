import { parse } from "yaml";

export type TSplitFile = { data: unknown; body: string; bodyStartLine: number };

/**
 * Splits `---` YAML frontmatter from an MDX file. Throws an Error whose message carries the
 * 1-based line and column of a YAML syntax error, so content checks can point at it.
 */
export function splitFrontmatter(source: string): TSplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source, bodyStartLine: 1 };
  const yamlText = match[1] ?? "";
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    const linePos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const where = linePos ? `${linePos.line + 1}:${linePos.col}` : "2:1";
    throw new Error(`${where} invalid frontmatter: ${(error as Error).message.split("\n")[0]}`);
  }
  const bodyStartLine = match[0].split("\n").length;
  return { data: data ?? {}, body: source.slice(match[0].length), bodyStartLine };
}
