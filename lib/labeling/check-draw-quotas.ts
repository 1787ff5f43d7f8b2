import type { TExerciseSet, TItemCategory } from "./exercise-schema";
import { attemptLength, bankByCategory } from "./draw-attempt-items";

/** A drawing test's time limit must lie in this range (minutes), as the school's exam rules say. */
export const drawingTestMinutes = { min: 90, max: 120 } as const;
/** The bank must hold at least this many times the items one attempt draws, so that attempts differ. */
export const bankToAttemptRatio = 1.5;

/**
 * Rules of an item bank (a qualification set with `draw`) that zod cannot express: every item
 * names its category; each quota can be met from the bank's items of that category; the bank
 * holds at least `minBankSize` items and 1.5 times an attempt's length; every category threshold belongs to a drawn category; the
 * time limit lies within 90–120 minutes. Returns problems; [] for sets that do not draw.
 */
export function checkDrawQuotas(set: TExerciseSet): string[] {
  const qualification = set.qualification;
  if (!qualification?.draw) return [];
  const problems: string[] = [];
  for (const item of set.items) if (!item.category) problems.push(`item ${item.id}: an item of a drawing bank needs a category`);
  const bank = bankByCategory(set.items);
  for (const [category, quota] of Object.entries(qualification.draw) as [TItemCategory, number][]) {
    const available = bank.get(category)?.length ?? 0;
    if (quota > available) problems.push(`qualification.draw.${category}: quota ${quota} but only ${available} ${category} items in the bank`);
  }
  if (qualification.minBankSize !== undefined && set.items.length < qualification.minBankSize) {
    problems.push(`qualification.minBankSize: the bank has ${set.items.length} items, needs at least ${qualification.minBankSize}`);
  }
  if (set.items.length < attemptLength(set) * bankToAttemptRatio) {
    problems.push(
      `qualification.draw: an attempt draws ${attemptLength(set)} items, so the bank needs at least ${Math.ceil(attemptLength(set) * bankToAttemptRatio)} (has ${set.items.length})`,
    );
  }
  for (const category of Object.keys(qualification.categoryThresholds ?? {})) {
    if (!(category in qualification.draw)) problems.push(`qualification.categoryThresholds.${category}: the draw has no ${category} items`);
  }
  const minutes = qualification.timeLimitMinutes;
  if (minutes < drawingTestMinutes.min || minutes > drawingTestMinutes.max) {
    problems.push(`qualification.timeLimitMinutes: ${minutes}, a drawing test allows ${drawingTestMinutes.min}–${drawingTestMinutes.max} minutes`);
  }
  return problems;
}
