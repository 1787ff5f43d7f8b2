import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TItem, TRewriteTask } from "../labeling/exercise-schema";
import { runWriteCheck, type TWriteCheck, type TWriteCheckResult } from "../labeling/write-checks";

/** What a reviewer compares: the text the learner started from, their rewrite and the expert's. */
export type TRewriteContext = {
  taskId: string;
  mode: "rewrite" | "next" | "write";
  /** The target response or turn ("" for a next-turn task: the dialogue is the context). */
  original: string;
  /** The learner's text ("" when the answer has none). */
  text: string;
  gold: string;
  rationale: string;
  rule: string;
  /** The task's automatic write checks run on the learner's text (already graded on submission), for the reviewer. */
  checks: { check: TWriteCheck; result: TWriteCheckResult }[];
};

/** The item's first rewrite task and the learner's answer to it, or null when the item has none. */
export function rewriteContextOf(item: TItem, answers: unknown): TRewriteContext | null {
  const task = item.tasks.find((candidate): candidate is TRewriteTask => candidate.type === "rewrite");
  if (!task) return null;
  const original =
    task.mode !== "rewrite"
      ? ""
      : task.turn !== undefined
        ? (item.dialogue[task.turn - 1]?.text ?? "")
        : (item.responses.find((response) => response.id === task.response)?.text ?? "");
  const text = readTaskAnswer(answers as TItemAnswers, task)?.text ?? "";
  const checks = (task.checks ?? []).map((check) => ({ check, result: runWriteCheck(check, text) }));
  return { taskId: task.id, mode: task.mode, original, text, gold: task.gold.text, rationale: task.gold.rationale, rule: task.gold.rule, checks };
}
