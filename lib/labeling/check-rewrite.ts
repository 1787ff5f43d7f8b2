import katex from "katex";
import { learnerFormulaProblem, learnerKatexOptions } from "./learner-math";

/** A math segment of a text: its LaTeX, display or inline, and whether its closing delimiter was found. */
export type TMathSegment = { formula: string; display: boolean; closed: boolean };
/** A formula that does not render, with KaTeX's message (or the unclosed-delimiter hint). */
export type TMathError = { formula: string; message: string };
/** What `checkRewrite` found; shown to the learner and the reviewer next to a pending rewrite. */
export type TRewriteChecks = { changed: boolean; empty: boolean; mathErrors: TMathError[] };

/** Index of the delimiter closing math opened just before `from`, skipping `\x` escapes; -1 when unclosed. */
function findCloser(text: string, from: number, display: boolean): number {
  for (let i = from; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\\") i += 1;
    else if (char === "$" && (!display || text[i + 1] === "$")) return i;
  }
  return -1;
}

/**
 * The math segments of a text: `$$…$$` (display) and `$…$` (inline). A backslash escapes the next
 * character, so `\$` is a literal dollar sign outside math and inside it. An opening delimiter without
 * a closer yields one unclosed segment running to the end of the text.
 */
export function findMathSegments(text: string): TMathSegment[] {
  const segments: TMathSegment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\\") {
      i += 1;
      continue;
    }
    if (char !== "$") continue;
    const display = text[i + 1] === "$";
    const start = i + (display ? 2 : 1);
    const closer = findCloser(text, start, display);
    if (closer < 0) {
      segments.push({ formula: text.slice(start), display, closed: false });
      break;
    }
    segments.push({ formula: text.slice(start, closer), display, closed: true });
    i = closer + (display ? 1 : 0);
  }
  return segments;
}

/** The KaTeX error for one formula, or null when it renders. */
export function checkFormula(formula: string, display: boolean): string | null {
  const problem = learnerFormulaProblem(formula);
  if (problem) return problem;
  try {
    katex.renderToString(formula, { ...learnerKatexOptions, throwOnError: true, displayMode: display });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const normalizeWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Automatic checks of a rewrite before a reviewer reads it: `empty` (only whitespace), `changed`
 * (differs from the original once runs of whitespace are collapsed and ends trimmed) and `mathErrors`
 * (every `$…$` / `$$…$$` segment must render with KaTeX; an unclosed delimiter is an error too).
 */
export function checkRewrite(original: string, text: string): TRewriteChecks {
  const mathErrors: TMathError[] = [];
  for (const segment of findMathSegments(text)) {
    const delimiter = segment.display ? "$$" : "$";
    if (!segment.closed) {
      mathErrors.push({ formula: segment.formula, message: `unclosed ${delimiter} (write \\$ for a literal dollar sign)` });
      continue;
    }
    const message = checkFormula(segment.formula, segment.display);
    if (message !== null) mathErrors.push({ formula: segment.formula, message });
  }
  return { changed: normalizeWhitespace(text) !== normalizeWhitespace(original), empty: text.trim() === "", mathErrors };
}
