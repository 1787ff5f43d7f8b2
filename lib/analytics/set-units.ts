import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet } from "../labeling/exercise-schema";

/**
 * The set's answers as reliability units: one unit per thing a learner judges on a scale or by a
 * category — a rubric dimension of a task, a flag of a flags task (raised or not), a preference,
 * a verdict. Each unit carries its gold value and what each learner answered (null = missing).
 */
export type TUnit = {
  key: string;
  itemId: string;
  taskId: string;
  kind: "rubric" | "flag" | "preference" | "verdict";
  /** Rubric dimension id or flag id (what confusion matrices group by). */
  label: string;
  /** Ordered categories of the unit's scale. */
  categories: (number | string)[];
  gold: number | string;
  answers: (number | string | null)[];
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Builds every unit of the set from the learners' (latest) answers, in learner order. Pure. */
export function setUnits(set: TExerciseSet, learners: readonly (ReadonlyMap<string, TItemAnswers> | undefined)[]): TUnit[] {
  const units: TUnit[] = [];
  for (const item of set.items) {
    const answersOf = learners.map((byItem) => byItem?.get(item.id));
    for (const task of item.tasks) {
      const base = { itemId: item.id, taskId: task.id };
      if (task.type === "rubric") {
        for (const dimension of task.dimensions) {
          const gold = task.gold[dimension.id];
          if (!gold) continue;
          units.push({
            ...base,
            key: `${item.id}/${task.id}/${dimension.id}`,
            kind: "rubric",
            label: dimension.id,
            categories: range(1, dimension.scale),
            gold: gold.score,
            answers: answersOf.map((answers) => readTaskAnswer(answers, task)?.scores[dimension.id] ?? null),
          });
        }
      } else if (task.type === "flags") {
        for (const flag of task.options) {
          units.push({
            ...base,
            key: `${item.id}/${task.id}/${flag}`,
            kind: "flag",
            label: flag,
            categories: ["absent", "raised"],
            gold: task.gold.flags.includes(flag) ? "raised" : "absent",
            answers: answersOf.map((answers) => {
              const answer = readTaskAnswer(answers, task);
              return answer ? (answer.flags.includes(flag) ? "raised" : "absent") : null;
            }),
          });
        }
      } else if (task.type === "preference") {
        units.push({
          ...base,
          key: `${item.id}/${task.id}`,
          kind: "preference",
          label: task.id,
          categories: range(-3, 3),
          gold: task.gold.value,
          answers: answersOf.map((answers) => readTaskAnswer(answers, task)?.value ?? null),
        });
      } else if (task.type === "verdict") {
        units.push({
          ...base,
          key: `${item.id}/${task.id}`,
          kind: "verdict",
          label: task.id,
          categories: task.options.map((option) => option.value),
          gold: task.gold.value,
          answers: answersOf.map((answers) => readTaskAnswer(answers, task)?.value ?? null),
        });
      }
    }
  }
  return units;
}
