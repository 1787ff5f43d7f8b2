import type { TTask } from "./exercise-schema";
import type { TFlag } from "./flags";

/** Rubric: one integer score per dimension, within the dimension's scale (1…5 or 1…7). */
export type TRubricAnswer = { scores: Record<string, number> };
/** Flags raised on the target; reference flags may name the earlier turn (1-based) they point back to. */
export type TFlagsAnswer = { flags: TFlag[]; refersTo?: Partial<Record<TFlag, number>> };
/** Preference between responses a and b: −3 (A much better) … +3 (B much better). */
export type TPreferenceAnswer = { value: number };
/** Ranking: the task's responses, best first. */
export type TRankingAnswer = { order: string[] };
/** Rewrite: the learner's improved response (or next assistant turn). */
export type TRewriteAnswer = { text: string };
/** Verdict: one of the task's option values. */
export type TVerdictAnswer = { value: string };

/**
 * Audit: the ids of the labels the learner finds wrong, and for each (optionally) the rule it breaks and
 * the right value they would put instead (trimmed, 1…`maxAuditValueLength` characters).
 */
export type TAuditAnswer = { wrong: string[]; rules?: Record<string, string>; fixes?: Record<string, string> };

/** The answer shape that belongs to each task type. */
export type TAnswerByType = {
  rubric: TRubricAnswer;
  flags: TFlagsAnswer;
  preference: TPreferenceAnswer;
  ranking: TRankingAnswer;
  rewrite: TRewriteAnswer;
  verdict: TVerdictAnswer;
  audit: TAuditAnswer;
};
export type TTaskAnswer = TAnswerByType[keyof TAnswerByType];

/**
 * A learner's answers for one item: `{ [taskId]: answer }` plus an optional item-level `rationale`
 * (the learner's own note). If an item has a task whose id is "rationale", that key is the task's answer.
 */
export type TItemAnswers = { [taskId: string]: TTaskAnswer | string | undefined; rationale?: string };

/** Every error code `validateItemAnswers` can report for a field. */
export const answerErrorCodes = [
  "unknownTask",
  "unknownDimension",
  "missingAnswer",
  "scoreOutOfRange",
  "invalidFlag",
  "invalidReference",
  "preferenceOutOfRange",
  "invalidRanking",
  "invalidVerdict",
  "invalidLabel",
  "invalidRule",
  "emptyText",
  "textTooLong",
  "invalidType",
  "unchangedRewrite",
] as const;
export type TAnswerErrorCode = (typeof answerErrorCodes)[number];

/** Longest rewrite text or item rationale accepted, in characters (Unicode code points). */
export const maxAnswerTextLength = 20_000;

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `object[key]` only when it is the object's own property: never `constructor`, `__proto__` and the like. */
export function readOwn<T>(object: Readonly<Record<string, T>> | Partial<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const stringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === "string");

/**
 * The answer given for `task`, if it has the shape of that task type's answer (outer shape only:
 * e.g. `scores` is an object, `flags` a list of strings); undefined when missing or misshapen.
 * Values inside are not checked against the task: that is `validateItemAnswers`' job.
 */
export function readTaskAnswer<T extends TTask>(answers: TItemAnswers | null | undefined, task: T): TAnswerByType[T["type"]] | undefined {
  const answer = answers && isRecord(answers) ? readOwn<unknown>(answers, task.id) : undefined;
  if (!isRecord(answer)) return undefined;
  const fits = {
    rubric: () => isRecord(answer.scores),
    flags: () => stringList(answer.flags) && (answer.refersTo === undefined || isRecord(answer.refersTo)),
    preference: () => typeof answer.value === "number",
    ranking: () => stringList(answer.order),
    rewrite: () => typeof answer.text === "string",
    verdict: () => typeof answer.value === "string",
    audit: () => stringList(answer.wrong) && (answer.rules === undefined || isRecord(answer.rules)) && (answer.fixes === undefined || isRecord(answer.fixes)),
  }[task.type];
  return fits() ? (answer as TAnswerByType[T["type"]]) : undefined;
}
