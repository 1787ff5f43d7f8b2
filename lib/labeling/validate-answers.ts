import type { TAuditTask, TFlagsTask, TItem, TRankingTask, TRubricTask, TTask, TVerdictTask } from "./exercise-schema";
import { flagsWithReference, type TFlag } from "./flags";
import {
  isRecord,
  maxAnswerTextLength,
  readOwn,
  type TAnswerErrorCode,
  type TAuditAnswer,
  type TFlagsAnswer,
  type TItemAnswers,
  type TTaskAnswer,
} from "./answer-schema";
import { maxAuditValueLength } from "./match-audit-value";

/** Either the accepted answers (a fresh copy) or every field error; never both, never partial. */
export type TValidateAnswersResult = { ok: true; answers: TItemAnswers } | { ok: false; fieldErrors: Record<string, TAnswerErrorCode> };

type TReport = (key: string, code: TAnswerErrorCode) => undefined;

/** The key of whole-submission problems (the submission is not an object). */
export const submissionErrorKey = "";

const characterCount = (text: string) => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/** Reports properties of `answer` other than `allowed` as `invalidType`; true when there were none. */
function onlyKeys(answer: Record<string, unknown>, allowed: readonly string[], at: string, report: TReport): boolean {
  const extra = Object.keys(answer).filter((key) => !allowed.includes(key));
  for (const key of extra) report(`${at}.${key}`, "invalidType");
  return extra.length === 0;
}

function validateRubric(task: TRubricTask, answer: Record<string, unknown>, report: TReport): TTaskAnswer | undefined {
  const scores = answer.scores;
  if (!isRecord(scores)) {
    report(`${task.id}.scores`, answer.scores === undefined ? "missingAnswer" : "invalidType");
    return undefined;
  }
  const out: [string, number][] = [];
  for (const key of Object.keys(scores)) if (!task.dimensions.some((d) => d.id === key)) report(`${task.id}.${key}`, "unknownDimension");
  for (const dimension of task.dimensions) {
    const score = readOwn(scores, dimension.id);
    const key = `${task.id}.${dimension.id}`;
    if (score === undefined) report(key, "missingAnswer");
    else if (typeof score !== "number") report(key, "invalidType");
    else if (!Number.isInteger(score) || score < 1 || score > dimension.scale) report(key, "scoreOutOfRange");
    else out.push([dimension.id, score]);
  }
  return { scores: Object.fromEntries(out) };
}

/** Turns a reference flag may point back to: 1…(judged turn − 1), or the whole dialogue when no turn is judged. */
function isEarlierTurn(item: TItem, task: TFlagsTask, turn: unknown): boolean {
  const bound = Math.min(task.turn ?? Infinity, item.dialogue.length + 1);
  return typeof turn === "number" && Number.isInteger(turn) && turn >= 1 && turn < bound;
}

function validateFlags(item: TItem, task: TFlagsTask, answer: Record<string, unknown>, report: TReport): TTaskAnswer | undefined {
  const { flags, refersTo } = answer;
  if (!Array.isArray(flags)) {
    report(`${task.id}.flags`, flags === undefined ? "missingAnswer" : "invalidType");
    return undefined;
  }
  if (!flags.every((flag) => typeof flag === "string")) {
    report(`${task.id}.flags`, "invalidType");
    return undefined;
  }
  const raised = flags as string[];
  const known = raised.every((flag, i) => (task.options as string[]).includes(flag) && raised.indexOf(flag) === i);
  if (!known) report(`${task.id}.flags`, "invalidFlag");
  const out: TFlagsAnswer = { flags: raised as TFlag[] };
  if (refersTo === undefined) return out;
  if (!isRecord(refersTo)) {
    report(`${task.id}.refersTo`, "invalidType");
    return out;
  }
  const references: [string, number][] = [];
  for (const [flag, turn] of Object.entries(refersTo)) {
    if (turn === undefined) continue;
    const key = `${task.id}.refersTo.${flag}`;
    if (typeof turn !== "number") report(key, "invalidType");
    else if (!raised.includes(flag) || !flagsWithReference.includes(flag as TFlag) || !isEarlierTurn(item, task, turn)) report(key, "invalidReference");
    else references.push([flag, turn]);
  }
  if (references.length > 0) out.refersTo = Object.fromEntries(references);
  return out;
}

function validateRanking(task: TRankingTask, order: unknown, report: TReport): TTaskAnswer | undefined {
  const key = `${task.id}.order`;
  if (!Array.isArray(order) || !order.every((id) => typeof id === "string")) {
    report(key, order === undefined ? "missingAnswer" : "invalidType");
    return undefined;
  }
  const permutation = order.length === task.responses.length && new Set(order).size === order.length && order.every((id) => task.responses.includes(id));
  if (!permutation) report(key, "invalidRanking");
  return { order: [...(order as string[])] };
}

function validateText(text: unknown, key: string, report: TReport, allowEmpty: boolean): boolean {
  if (typeof text !== "string") report(key, text === undefined ? "missingAnswer" : "invalidType");
  else if (!allowEmpty && text.trim() === "") report(key, "emptyText");
  else if (text.length > maxAnswerTextLength && characterCount(text) > maxAnswerTextLength) report(key, "textTooLong");
  else return true;
  return false;
}

function validateVerdict(task: TVerdictTask, value: unknown, report: TReport): TTaskAnswer | undefined {
  const key = `${task.id}.value`;
  if (typeof value !== "string") report(key, value === undefined ? "missingAnswer" : "invalidType");
  else if (!task.options.some((option) => option.value === value)) report(key, "invalidVerdict");
  else return { value };
  return undefined;
}

/** The labels' typed right values: strings, for labels marked wrong, trimmed, blank ones dropped, at most `maxAuditValueLength` long. */
function validateAuditFixes(task: TAuditTask, ids: string[], fixes: unknown, report: TReport): [string, string][] {
  if (fixes === undefined) return [];
  if (!isRecord(fixes)) return report(`${task.id}.fixes`, "invalidType") ?? [];
  const typed: [string, string][] = [];
  for (const [id, fix] of Object.entries(fixes)) {
    if (fix === undefined) continue;
    const key = `${task.id}.fixes.${id}`;
    if (typeof fix !== "string") report(key, "invalidType");
    else if (fix.trim() === "") continue;
    else if (!ids.includes(id)) report(key, "invalidLabel");
    else if (characterCount(fix.trim()) > maxAuditValueLength) report(key, "textTooLong");
    else typed.push([id, fix.trim()]);
  }
  return typed;
}

function validateAudit(task: TAuditTask, answer: Record<string, unknown>, report: TReport): TTaskAnswer | undefined {
  const { wrong, rules, fixes } = answer;
  if (!Array.isArray(wrong) || !wrong.every((id) => typeof id === "string"))
    return report(`${task.id}.wrong`, wrong === undefined ? "missingAnswer" : "invalidType");
  const ids = wrong as string[];
  if (!ids.every((id, i) => task.labels.some((label) => label.id === id) && ids.indexOf(id) === i)) return report(`${task.id}.wrong`, "invalidLabel");
  const out: TAuditAnswer = { wrong: [...ids] };
  const typed = validateAuditFixes(task, ids, fixes, report);
  if (rules !== undefined && !isRecord(rules)) return report(`${task.id}.rules`, "invalidType");
  const named: [string, string][] = [];
  for (const [id, rule] of Object.entries(rules ?? {})) {
    if (rule === undefined) continue;
    const key = `${task.id}.rules.${id}`;
    if (typeof rule !== "string") report(key, "invalidType");
    else if (!ids.includes(id)) report(key, "invalidLabel");
    else if (!task.rules.includes(rule)) report(key, "invalidRule");
    else named.push([id, rule]);
  }
  if (named.length > 0) out.rules = Object.fromEntries(named);
  if (typed.length > 0) out.fixes = Object.fromEntries(typed);
  return out;
}

/** The text a rewrite task starts from: the judged turn or response (empty for "write the next turn"). */
function rewriteOriginal(item: TItem, task: Extract<TTask, { type: "rewrite" }>): string {
  if (task.mode === "next") return "";
  if (task.turn !== undefined) return item.dialogue[task.turn - 1]?.text ?? "";
  return item.responses.find((response) => response.id === task.response)?.text ?? "";
}

function validateTask(item: TItem, task: TTask, answer: unknown, report: TReport): TTaskAnswer | undefined {
  if (answer === undefined) return report(task.id, "missingAnswer");
  if (!isRecord(answer)) return report(task.id, "invalidType");
  switch (task.type) {
    case "rubric":
      return onlyKeys(answer, ["scores"], task.id, report) ? validateRubric(task, answer, report) : undefined;
    case "flags":
      return onlyKeys(answer, ["flags", "refersTo"], task.id, report) ? validateFlags(item, task, answer, report) : undefined;
    case "preference": {
      if (!onlyKeys(answer, ["value"], task.id, report)) return undefined;
      const { value } = answer;
      const key = `${task.id}.value`;
      if (typeof value !== "number") return report(key, value === undefined ? "missingAnswer" : "invalidType");
      if (!Number.isInteger(value) || value < -3 || value > 3) return report(key, "preferenceOutOfRange");
      return { value };
    }
    case "ranking":
      return onlyKeys(answer, ["order"], task.id, report) ? validateRanking(task, answer.order, report) : undefined;
    case "rewrite":
      if (!onlyKeys(answer, ["text"], task.id, report)) return undefined;
      if (!validateText(answer.text, `${task.id}.text`, report, false)) return undefined;
      // An untouched rewrite is not an answer: refuse it rather than grade or queue it for an instructor.
      if (task.mode === "rewrite" && (answer.text as string).trim() === rewriteOriginal(item, task).trim())
        return report(`${task.id}.text`, "unchangedRewrite");
      return { text: answer.text as string };
    case "verdict":
      return onlyKeys(answer, ["value"], task.id, report) ? validateVerdict(task, answer.value, report) : undefined;
    case "audit":
      return onlyKeys(answer, ["wrong", "rules", "fixes"], task.id, report) ? validateAudit(task, answer, report) : undefined;
  }
}

/**
 * Checks a learner's raw answers for one item against that item's tasks. Every task needs an answer
 * (a flags answer may be an empty list); all problems are reported at once, keyed by field
 * (`rubric1.correctness`, `flags1.flags`, `flags1.refersTo.context_loss`, `rank1.order`, `audit1.rules.flags`, `audit1.fixes.flags`, `rationale`, or the
 * task id for a whole answer; "" when the submission itself is not an object). Nothing is ever partially
 * accepted: on success the answers are a fresh copy holding exactly the item's tasks and the rationale.
 */
export function validateItemAnswers(item: TItem, raw: unknown): TValidateAnswersResult {
  const errors = new Map<string, TAnswerErrorCode>();
  const report: TReport = (key, code) => {
    if (!errors.has(key)) errors.set(key, code);
    return undefined;
  };
  if (!isRecord(raw)) return { ok: false, fieldErrors: { [submissionErrorKey]: "invalidType" } };
  const taskIds = new Set(item.tasks.map((task) => task.id));
  const rationaleIsNote = !taskIds.has("rationale");
  for (const key of Object.keys(raw)) if (!taskIds.has(key) && !(rationaleIsNote && key === "rationale")) report(key, "unknownTask");
  const answers: TItemAnswers = {};
  for (const task of item.tasks) {
    const answer = validateTask(item, task, readOwn(raw, task.id), report);
    if (answer) answers[task.id] = answer;
  }
  const rationale = rationaleIsNote ? readOwn(raw, "rationale") : undefined;
  if (rationale !== undefined && validateText(rationale, "rationale", report, true)) answers.rationale = rationale as string;
  return errors.size > 0 ? { ok: false, fieldErrors: Object.fromEntries(errors) } : { ok: true, answers };
}
