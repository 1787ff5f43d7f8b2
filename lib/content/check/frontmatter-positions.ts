import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { ZodType } from "zod";
import { splitBody } from "../mdx-pipeline";
import type { TPoint, TProblem } from "./types";

export type TFrontmatter = {
  /** Parsed YAML (null when the YAML has syntax errors or there is no frontmatter). */
  data: unknown;
  /** File position of the key at `keyPath` (or of the nearest existing ancestor key; 1:1 if none). */
  locate: (keyPath: readonly PropertyKey[]) => TPoint;
  body: string;
  bodyStartLine: number;
  problems: TProblem[];
};

function createLocator(doc: Document | null, lineCounter: LineCounter) {
  return (keyPath: readonly PropertyKey[]): TPoint => {
    let node: unknown = doc?.contents ?? null;
    let found: number | null = null;
    for (const segment of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        found = pair.key.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item || !(isScalar(item) || isMap(item) || isSeq(item)) || !item.range) break;
        found = item.range[0];
        node = item;
      } else break;
    }
    if (found === null) return { line: 1, column: 1 };
    const position = lineCounter.linePos(found);
    return { line: position.line + 1, column: position.col };
  };
}

/** Reads `---` YAML frontmatter keeping positions; YAML syntax errors become problems (file line:col). */
export function readFrontmatter(file: string, source: string): TFrontmatter {
  const { body, bodyStartLine, yamlText } = splitBody(source);
  const lineCounter = new LineCounter();
  if (yamlText === null) {
    return {
      data: null,
      locate: () => ({ line: 1, column: 1 }),
      body,
      bodyStartLine,
      problems: [{ file, line: 1, column: 1, message: "missing frontmatter: the file must start with a `---` YAML block" }],
    };
  }
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true });
  const problems: TProblem[] = doc.errors.map((error) => {
    const start = error.linePos?.[0];
    return {
      file,
      line: (start?.line ?? 1) + 1,
      column: start?.col ?? 1,
      message: `YAML syntax error: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`,
    };
  });
  return {
    data: problems.length > 0 ? null : (doc.toJS() ?? {}),
    locate: createLocator(problems.length > 0 ? null : doc, lineCounter),
    body,
    bodyStartLine,
    problems,
  };
}

/**
 * Validates frontmatter data against `schema`, reporting each issue at its key and every key the
 * schema does not know. Returns the parsed value, or null when invalid.
 */
export function validateFrontmatter<T>(
  file: string,
  frontmatter: TFrontmatter,
  schema: ZodType<T>,
  knownKeys: readonly string[],
  problems: TProblem[],
): T | null {
  const data = frontmatter.data;
  if (data === null) return null;
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const key of Object.keys(data)) {
      if (!knownKeys.includes(key)) {
        problems.push({ file, ...frontmatter.locate([key]), message: `unknown frontmatter key \`${key}\`` });
      }
    }
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const keyPath = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    const label = keyPath.join(".") || "(frontmatter)";
    const missing = issue.code === "invalid_type" && readPath(data, keyPath) === undefined;
    problems.push({
      file,
      ...frontmatter.locate(missing ? keyPath.slice(0, -1) : keyPath),
      message: missing ? `frontmatter is missing required key \`${label}\`` : `frontmatter \`${label}\`: ${issue.message}`,
    });
  }
  return null;
}

function readPath(data: unknown, keyPath: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const segment of keyPath) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
