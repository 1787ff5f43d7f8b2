import { reviewRubric, type TReviewDimension } from "./review-rubric";

export const reviewVerdicts = ["ACCEPTED", "REVISE"] as const;
export type TReviewVerdict = (typeof reviewVerdicts)[number];

/** Longest overall comment and anchored comment body, in characters. */
export const maxReviewCommentLength = 2_000;
/** Most anchored comments on one rewrite. */
export const maxAnchoredComments = 50;

/** A comment on the half-open character range [start, end) of the learner's rewrite, with the quoted text. */
export type TAnchoredComment = { start: number; end: number; quote: string; body: string };
export type TReviewInput = { scores: Record<string, number>; verdict: TReviewVerdict; comment: string | null; anchors: TAnchoredComment[] };

export const reviewErrorCodes = [
  "missingScore",
  "scoreOutOfRange",
  "unknownDimension",
  "invalidVerdict",
  "commentTooLong",
  "tooManyComments",
  "emptyComment",
  "anchorOutOfRange",
  "quoteMismatch",
] as const;
export type TReviewErrorCode = (typeof reviewErrorCodes)[number];

export type TValidateReviewResult = { ok: true; review: TReviewInput } | { ok: false; fieldErrors: Record<string, TReviewErrorCode> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether an anchored comment points into the rewrite: integer offsets with 0 ≤ start < end ≤
 * text length, and `quote` exactly the text between them (so a comment never drifts to other words).
 */
export function checkAnchor(text: string, anchor: { start: number; end: number; quote: string }): "anchorOutOfRange" | "quoteMismatch" | null {
  const { start, end } = anchor;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return "anchorOutOfRange";
  return text.slice(start, end) === anchor.quote ? null : "quoteMismatch";
}

/**
 * Checks a review against the rubric and the learner's rewrite. Field keys: `score.<dimension>`,
 * `verdict`, `comment`, `anchors` (the list) and `anchors.<index>` (one comment). Every dimension
 * needs an integer score on its scale; no others are accepted.
 */
export function validateReviewInput(raw: unknown, rewriteText: string, rubric: readonly TReviewDimension[] = reviewRubric): TValidateReviewResult {
  const input = isRecord(raw) ? raw : {};
  const fieldErrors: Record<string, TReviewErrorCode> = {};
  const scoresIn = isRecord(input.scores) ? input.scores : {};
  const scores: Record<string, number> = {};
  for (const dimension of rubric) {
    const value = Object.hasOwn(scoresIn, dimension.id) ? scoresIn[dimension.id] : undefined;
    if (value === undefined || value === null || value === "") fieldErrors[`score.${dimension.id}`] = "missingScore";
    else if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > dimension.scale)
      fieldErrors[`score.${dimension.id}`] = "scoreOutOfRange";
    else scores[dimension.id] = value;
  }
  for (const key of Object.keys(scoresIn)) {
    if (!rubric.some((dimension) => dimension.id === key)) fieldErrors[`score.${key}`] = "unknownDimension";
  }
  const verdict = (reviewVerdicts as readonly unknown[]).includes(input.verdict) ? (input.verdict as TReviewVerdict) : null;
  if (!verdict) fieldErrors.verdict = "invalidVerdict";
  const comment = typeof input.comment === "string" && input.comment.trim() !== "" ? input.comment.trim() : null;
  if (comment && [...comment].length > maxReviewCommentLength) fieldErrors.comment = "commentTooLong";
  const anchorsIn = Array.isArray(input.anchors) ? input.anchors : [];
  if (anchorsIn.length > maxAnchoredComments) fieldErrors.anchors = "tooManyComments";
  const anchors: TAnchoredComment[] = [];
  anchorsIn.slice(0, maxAnchoredComments).forEach((entry, index) => {
    const anchor = isRecord(entry) ? entry : {};
    const body = typeof anchor.body === "string" ? anchor.body.trim() : "";
    const candidate = { start: Number(anchor.start), end: Number(anchor.end), quote: typeof anchor.quote === "string" ? anchor.quote : "", body };
    const problem = typeof anchor.start !== "number" || typeof anchor.end !== "number" ? "anchorOutOfRange" : checkAnchor(rewriteText, candidate);
    if (problem) fieldErrors[`anchors.${index}`] = problem;
    else if (body === "") fieldErrors[`anchors.${index}`] = "emptyComment";
    else if ([...body].length > maxReviewCommentLength) fieldErrors[`anchors.${index}`] = "commentTooLong";
    else anchors.push(candidate);
  });
  if (Object.keys(fieldErrors).length > 0 || !verdict) return { ok: false, fieldErrors };
  anchors.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ok: true, review: { scores, verdict, comment, anchors } };
}

/** A piece of the rewrite for display: plain text, or text covered by the comments at `marks` (their indexes). */
export type THighlightPart = { text: string; start: number; marks: number[] };

/**
 * Splits the text at every anchor boundary so highlighted spans can be rendered as React text
 * (never HTML). Overlapping anchors are allowed: a piece lists every comment covering it. Anchors
 * outside the text are clamped to it.
 */
export function splitHighlights(text: string, anchors: readonly { start: number; end: number }[]): THighlightPart[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const cuts = new Set<number>([0, text.length]);
  for (const anchor of anchors) {
    cuts.add(clamp(anchor.start));
    cuts.add(clamp(anchor.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: THighlightPart[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const marks = anchors.flatMap((anchor, index) => (clamp(anchor.start) <= start && clamp(anchor.end) >= end ? [index] : []));
    parts.push({ text: text.slice(start, end), start, marks });
  }
  return parts;
}
