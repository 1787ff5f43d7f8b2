import path from "node:path";
import type { TGuidelineRule } from "../guidelines";
import type { TAnchorTable } from "./check-anchor-tables";

/** One finding, 1-based line/column in `file` (an absolute path; formatted relative to cwd). */
export type TProblem = { file: string; line: number; column: number; message: string };

/** What exists under a content root: used to resolve links, rule links, exercises and media. */
export type TContentIndex = {
  contentDir: string;
  publicDir: string;
  courses: Map<string, TCourseIndex>;
  /** Competency codes of content/standards/4-04-05-05.yaml; null when it could not be read. */
  competencies: ReadonlySet<string> | null;
};
export type TCourseIndex = {
  modules: Set<string>;
  lessons: Set<string>;
  guidelines: Map<string, TGuidelineRule[]>;
  /** The `| 分数 | 锚点描述 |` tables of all the course's guidelines (lessons that reprint one must match it). */
  anchorTables: TAnchorTable[];
  exercises: Set<string>;
};

/** A body-relative mdast position turned into a file position. */
export type TPoint = { line: number; column: number };

/** `path/to/file.mdx:LINE:COL message`, the path relative to the current directory. */
export function formatProblem(problem: TProblem): string {
  return `${path.relative(process.cwd(), problem.file)}:${problem.line}:${problem.column} ${problem.message}`;
}

/** Problems ordered by file, then line, then column (stable for equal positions). */
export function sortProblems(problems: TProblem[]): TProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
