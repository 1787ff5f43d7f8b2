import { listRulesInSource, type TGuidelineRule } from "./guidelines";

// Shared by the server renderer and the CLI content checker, so it must not import "server-only".

/** One `## …` section of a guideline: a page of its own (`/courses/<c>/guidelines/<id>/<number>`). */
export type TGuidelineChapter = {
  /** 1-based position in the document: the chapter's address. */
  number: number;
  /** The `## ` heading's text ("2 正确性 · Correctness"). */
  title: string;
  /** The chapter's MDX without its heading line. */
  source: string;
  /** Lines of the body before `source` (for error positions). */
  lineOffset: number;
  rules: TGuidelineRule[];
};

export type TGuidelineParts = {
  /** What comes before the first `## ` heading (how to use the document…), with its line offset (0). */
  intro: string;
  chapters: TGuidelineChapter[];
};

/** Lines inside fenced code blocks, which may contain "## " without being headings. */
function fencedLines(lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const marker = /^(```|~~~)/.exec(line)?.[1];
    if (fence) {
      inside.add(index);
      if (marker === fence) fence = null;
    } else if (marker) {
      inside.add(index);
      fence = marker;
    }
  });
  return inside;
}

/**
 * Splits a guideline's MDX body at its `## ` headings. A rule document is served one chapter per
 * page (a whole document is 50–150 KB; see README "Performance"), its index lists every rule; the
 * practice workspace still shows the whole document beside the item.
 */
export function splitGuidelineChapters(body: string): TGuidelineParts {
  const lines = body.split("\n");
  const fenced = fencedLines(lines);
  const starts = lines.flatMap((line, index) => (!fenced.has(index) && /^## \S/.test(line) ? [index] : []));
  const intro = lines.slice(0, starts[0] ?? lines.length).join("\n");
  const chapters = starts.map((start, position) => {
    const end = starts[position + 1] ?? lines.length;
    const source = lines.slice(start + 1, end).join("\n");
    const title = (lines[start] ?? "").replace(/^##\s+/, "").trim();
    return { number: position + 1, title, source, lineOffset: start + 1, rules: listRulesInSource(source) };
  });
  return { intro, chapters };
}

