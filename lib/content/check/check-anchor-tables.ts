import type { TProblem } from "./types";

/** The header of an anchored scale table in a Chinese guideline or lesson: `| 分数 | 锚点描述 |`. */
const anchorHeader = /^\|\s*分数\s*\|\s*锚点描述\s*\|\s*$/;

/** An anchored scale table: the 1-based line of its header and its score rows, cells trimmed and joined by " | ". */
export type TAnchorTable = { line: number; rows: string[] };

function rowText(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim())
    .join(" | ");
}

/**
 * Every `| 分数 | 锚点描述 |` table in an MDX source, in order, with its score rows (the separator row left out).
 * Tables inside fenced code are ignored.
 */
export function listAnchorTables(source: string): TAnchorTable[] {
  const lines = source.split("\n");
  const tables: TAnchorTable[] = [];
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const opener = /^(```|~~~)/.exec(line.trim());
    if (opener) fence = fence === null ? (opener[1] ?? null) : line.trim().startsWith(fence) ? null : fence;
    if (fence !== null || !anchorHeader.test(line)) continue;
    const rows: string[] = [];
    for (let next = index + 1; next < lines.length && (lines[next] ?? "").trim().startsWith("|"); next += 1) {
      const text = rowText(lines[next] ?? "");
      if (!/^[-:\s|]+$/.test(text)) rows.push(text);
    }
    tables.push({ line: index + 1, rows });
  }
  return tables;
}

/**
 * A lesson that reprints an anchored scale must quote it exactly as a guideline of its course has it now: each
 * `| 分数 | 锚点描述 |` table of `lessonSource` must equal, row for row, one such table of the guidelines
 * (`guidelineTables`). Catches a lesson still teaching an anchor the guideline has since reworded.
 */
export function checkAnchorTables(file: string, lessonSource: string, guidelineTables: readonly TAnchorTable[], problems: TProblem[]): void {
  const known = new Set(guidelineTables.map((table) => table.rows.join("\n")));
  for (const table of listAnchorTables(lessonSource)) {
    if (known.has(table.rows.join("\n"))) continue;
    const closest = guidelineTables.find((candidate) => candidate.rows.some((row) => table.rows.includes(row)));
    const differing = closest ? table.rows.find((row, position) => row !== closest.rows[position]) : undefined;
    problems.push({
      file,
      line: table.line,
      column: 1,
      message: differing
        ? `anchor table differs from the guideline's: row "${differing}" is not in the guideline (quote the anchors as the guideline has them now)`
        : "anchor table matches no guideline's anchor table (quote the anchors as the guideline has them now)",
    });
  }
}
