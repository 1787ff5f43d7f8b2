import type { TFlagsTask, TItem, TTask } from "./exercise-schema";
import { flagsWithReference, type TFlag } from "./flags";
import { readOwn, type TAnswerByType, type TItemAnswers, type TTaskAnswer } from "./answer-schema";

/**
 * The turn a gold flag points back to, when it counts: the flag is in the gold list and is one of
 * the reference flags. References on other flags are ignored by grading and by `goldAnswersOf`.
 */
export function goldReferenceOf(task: TFlagsTask, flag: TFlag): number | undefined {
  if (!task.gold.flags.includes(flag) || !flagsWithReference.includes(flag)) return undefined;
  return readOwn(task.gold.refersTo, flag);
}

/** The answer a perfect learner gives to one task (a fresh object: mutating it never touches the item). */
export function goldAnswerOf<T extends TTask>(task: T): TAnswerByType[T["type"]];
export function goldAnswerOf(task: TTask): TTaskAnswer {
  switch (task.type) {
    case "rubric":
      return {
        scores: Object.fromEntries(
          task.dimensions.flatMap((dimension) => {
            const gold = readOwn(task.gold, dimension.id);
            return gold ? [[dimension.id, gold.score] as const] : [];
          }),
        ),
      };
    case "flags": {
      const references = task.gold.flags.flatMap((flag) => {
        const turn = goldReferenceOf(task, flag);
        return turn === undefined ? [] : [[flag, turn] as const];
      });
      return references.length > 0 ? { flags: [...task.gold.flags], refersTo: Object.fromEntries(references) } : { flags: [...task.gold.flags] };
    }
    case "preference":
      return { value: task.gold.value };
    case "ranking":
      return { order: [...task.gold.order] };
    case "rewrite":
      return { text: task.gold.text };
    case "verdict":
      return { value: task.gold.value };
    case "audit": {
      const wrong = task.labels.filter((label) => readOwn(task.gold, label.id)?.wrong).map((label) => label.id);
      if (wrong.length === 0) return { wrong };
      const fixes = wrong.flatMap((id) => {
        const fix = readOwn(task.gold, id)?.fix;
        return fix ? [[id, fix] as const] : [];
      });
      const rules = Object.fromEntries(wrong.map((id) => [id, readOwn(task.gold, id)!.rule]));
      return fixes.length > 0 ? { wrong, rules, fixes: Object.fromEntries(fixes) } : { wrong, rules };
    }
  }
}

/**
 * The answers a perfect learner would submit for `item`: every task's gold, no rationale. For a
 * consistent item (see `checkExerciseSet`) they pass `validateItemAnswers` and grade to a score of 1.
 */
export function goldAnswersOf(item: TItem): TItemAnswers {
  const answers: TItemAnswers = {};
  for (const task of item.tasks) answers[task.id] = goldAnswerOf(task);
  return answers;
}
