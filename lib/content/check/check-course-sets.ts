import type { TExerciseSet } from "../../labeling/exercise-schema";
import { findNearDuplicates } from "./near-duplicates";

/**
 * Checks across a course's exercise sets: no item of a qualification bank near-duplicates a
 * practice item (near-duplicates.ts states the measure and threshold). Returns one message per
 * pair, naming both items and the similarity.
 */
export function checkCourseSets(sets: readonly TExerciseSet[]): string[] {
  const bank = sets.filter((set) => set.qualification).flatMap((set) => set.items.map((item) => ({ setId: set.id, item })));
  const practice = sets.filter((set) => !set.qualification).flatMap((set) => set.items.map((item) => ({ setId: set.id, item })));
  return findNearDuplicates(bank, practice).map(
    (pair) => `item ${pair.bank.item.id} near-duplicates practice item ${pair.practice.setId}/${pair.practice.item.id} (${pair.on} similarity ${pair.similarity.toFixed(2)}): a qualification item must be new to the learner`,
  );
}
