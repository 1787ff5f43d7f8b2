import { z } from "zod";

const ZText = z.string().trim().min(1);
const ZRule = z.string().regex(/^\d+\.\d+$/, 'a rule id like "2.1"');
/** Every check says why it matters and which guideline rule it rests on: shown as soon as it is graded. */
const ZWhy = { why: ZText, rule: ZRule };
const ZPatterns = z.array(z.string().trim().min(1)).min(1);
const ZCount = z.number().int().min(1);

/** Layouts a `format` check can require; `plain` means no Markdown that would show as raw symbols. */
export const writeFormats = ["bullet-list", "numbered-list", "list", "table", "headings", "plain"] as const;
export type TWriteFormat = (typeof writeFormats)[number];

/**
 * One automatic check of a text the learner writes from scratch (or as a rewrite), declared per task
 * in the exercise file:
 * - `include`: a required point, met when any of `anyOf` appears (case, width and spaces ignored);
 * - `exclude`: forbidden content, failed when any of `anyOf` appears;
 * - `length`: between `min` and `max` length units (`countLengthUnits`), at least one bound given;
 * - `format`: a layout (`writeFormats`) with at least `min` list items, table rows or headings;
 * - `language`: the text is mostly Chinese (`zh`) or English (`en`).
 */
export const ZWriteCheck = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("include"), label: ZText, labelEn: ZText.optional(), anyOf: ZPatterns, ...ZWhy }),
  z.object({ kind: z.literal("exclude"), label: ZText, labelEn: ZText.optional(), anyOf: ZPatterns, ...ZWhy }),
  z
    .object({ kind: z.literal("length"), min: ZCount.optional(), max: ZCount.optional(), ...ZWhy })
    .refine((check) => check.min !== undefined || check.max !== undefined, "give min, max or both")
    .refine((check) => check.min === undefined || check.max === undefined || check.min <= check.max, "min must not exceed max"),
  z.object({ kind: z.literal("format"), format: z.enum(writeFormats), min: ZCount.optional(), ...ZWhy }),
  z.object({ kind: z.literal("language"), language: z.enum(["zh", "en"]), ...ZWhy }),
]);
export type TWriteCheck = z.infer<typeof ZWriteCheck>;
export type TWriteCheckKind = TWriteCheck["kind"];

/** What one check found in the text: whether it passed and the measurement that decided it. */
export type TWriteCheckResult =
  | { kind: "include" | "exclude"; passed: boolean; matched: string[] }
  | { kind: "length"; passed: boolean; count: number }
  | { kind: "format"; passed: boolean; found: number }
  | { kind: "language"; passed: boolean; detected: "zh" | "en" | "unknown"; han: number; words: number };

const hanPattern = /\p{Script=Han}/gu;
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,]\p{N}+)*/gu;

/** Han characters and other words (runs of letters or digits) in a text. */
function countScripts(text: string): { han: number; words: number } {
  const han = text.match(hanPattern)?.length ?? 0;
  const words = text.replace(hanPattern, " ").match(wordPattern)?.length ?? 0;
  return { han, words };
}

/**
 * Length as Chinese editors count it (long-form guideline 1.4): one per Chinese character, one per
 * word or number in other scripts (2,000 and 3.5 are one each); punctuation, spaces and Markdown
 * symbols count nothing.
 */
export function countLengthUnits(text: string): number {
  const { han, words } = countScripts(text);
  return han + words;
}

/** Text for matching: full-width forms folded (NFKC), lower case, no whitespace. */
export function normalizeForMatch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

const bulletLine = /^\s*[-*+•·]\s+\S/;
const numberedLine = /^\s*(?:\d+[.、)）]|[（(]\d+[)）]|[一二三四五六七八九十]+、)\s*\S/;
const headingLine = /^\s{0,3}#{1,6}\s+\S/;
const tableSeparator = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Data rows of the Markdown tables in the lines (rows under a header and a --- separator). */
function countTableRows(lines: string[]): number {
  let rows = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (!tableSeparator.test(lines[i]!) || !lines[i - 1]!.includes("|")) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.includes("|") && lines[j]!.trim() !== "") j += 1;
    rows += j - i - 1;
    i = j - 1;
  }
  return rows;
}

/** Markdown that a plain-text channel (SMS, WeChat) would show as raw symbols. */
function countMarkdownMarks(text: string, lines: string[]): number {
  const inline = text.match(/\*\*[^*\n]+\*\*|__[^_\n]+__|```|\[[^\]\n]+\]\([^)\n]+\)/g)?.length ?? 0;
  return inline + lines.filter((line) => headingLine.test(line)).length + countTableRows(lines);
}

/** Items, rows or headings of `format` found in the text (for `plain`: Markdown marks found). */
export function measureFormat(text: string, format: TWriteFormat): number {
  const lines = text.split(/\r?\n/);
  switch (format) {
    case "bullet-list":
      return lines.filter((line) => bulletLine.test(line)).length;
    case "numbered-list":
      return lines.filter((line) => numberedLine.test(line)).length;
    case "list":
      return lines.filter((line) => bulletLine.test(line) || numberedLine.test(line)).length;
    case "table":
      return countTableRows(lines);
    case "headings":
      return lines.filter((line) => headingLine.test(line)).length;
    case "plain":
      return countMarkdownMarks(text, lines);
  }
}

/** The language most of the text is in: zh when Chinese characters are at least as many as other words. */
export function detectLanguage(text: string): { detected: "zh" | "en" | "unknown"; han: number; words: number } {
  const { han, words } = countScripts(text);
  const detected = han === 0 && words === 0 ? "unknown" : han >= words ? "zh" : "en";
  return { detected, han, words };
}

/** Runs one check against a text. Pure; never throws. */
export function runWriteCheck(check: TWriteCheck, text: string): TWriteCheckResult {
  switch (check.kind) {
    case "include":
    case "exclude": {
      const haystack = normalizeForMatch(text);
      const matched = check.anyOf.filter((pattern) => haystack.includes(normalizeForMatch(pattern)));
      return { kind: check.kind, passed: check.kind === "include" ? matched.length > 0 : matched.length === 0, matched };
    }
    case "length": {
      const count = countLengthUnits(text);
      return { kind: "length", passed: (check.min === undefined || count >= check.min) && (check.max === undefined || count <= check.max), count };
    }
    case "format": {
      const found = measureFormat(text, check.format);
      return { kind: "format", passed: check.format === "plain" ? found === 0 : found >= (check.min ?? 1), found };
    }
    case "language": {
      const language = detectLanguage(text);
      return { kind: "language", passed: language.detected === check.language, ...language };
    }
  }
}

/** Runs every check against the text, in the order they are declared. Pure. */
export function runWriteChecks(checks: readonly TWriteCheck[], text: string): TWriteCheckResult[] {
  return checks.map((check) => runWriteCheck(check, text));
}
