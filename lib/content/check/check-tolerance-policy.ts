import type { TExerciseSet } from "../../labeling/exercise-schema";

/** Words with which a rationale says its rule only caps the score. */
const capWords = /不高于|封顶|最高只能/;

/**
 * The school's tolerance policy: where a rule only caps a score, the tolerance admits every score
 * under the cap. Where the schema can express it: a gold with `cap` must sit at or under the cap
 * and its tolerance must reach down to 1 (score − tolerance ≤ 1); a gold whose rationale says the
 * rule caps the score ("不高于", "封顶") but accepts one score only (tolerance 0) must declare the cap.
 */
export function checkTolerancePolicy(set: TExerciseSet): string[] {
  const problems: string[] = [];
  for (const item of set.items) {
    for (const task of item.tasks) {
      if (task.type !== "rubric") continue;
      for (const [dimension, gold] of Object.entries(task.gold)) {
        const where = `item ${item.id} task ${task.id} gold ${dimension}`;
        if (gold.cap !== undefined) {
          if (gold.score > gold.cap) problems.push(`${where}: score ${gold.score} is above its cap ${gold.cap}`);
          if (gold.score - gold.tolerance > 1) {
            problems.push(`${where}: rule ${gold.rule} only caps the score at ${gold.cap}, so the tolerance must admit every score from 1 to ${gold.cap} (tolerance ${gold.tolerance} stops at ${gold.score - gold.tolerance})`);
          }
        } else if (gold.tolerance === 0 && capWords.test(gold.rationale)) {
          problems.push(`${where}: the rationale says rule ${gold.rule} caps the score, but tolerance 0 accepts ${gold.score} only: declare \`cap\` and a tolerance that admits every score under it`);
        }
      }
    }
  }
  return problems;
}
