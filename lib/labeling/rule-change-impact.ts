import { compareVersions, rulesChangedBetween, type TGuidelineRelease } from "./guideline-changelog";
import type { TExerciseSet, TItem } from "./exercise-schema";

/** A learner's answer to one item as far as versions go: when, and under which guideline version. */
export type TVersionedAnswer = { itemId: string; guidelineVersion: string; createdAt: Date };

/** An earlier answer whose item rests on a rule changed since it was given. */
export type TAffectedAnswer = { itemId: string; index: number; guidelineVersion: string; answeredAt: Date; rules: string[] };

/**
 * The rules an item's gold rests on: its declared `rules` when it declares them (authoritative),
 * otherwise every rule its gold answers cite (rubric dimensions' gold, flags, verdicts, audits…).
 */
export function rulesOfItem(item: TItem): Set<string> {
  if (item.rules && item.rules.length > 0) return new Set(item.rules);
  return new Set(
    item.tasks.flatMap((task) => (task.type === "rubric" || task.type === "audit" ? Object.values(task.gold).map((gold) => gold.rule) : [task.gold.rule])),
  );
}

/**
 * Which of a learner's answers to `set` a guideline change affects. Only each item's latest answer
 * counts (an item redone under the current version is settled). An answer given under an older
 * version is affected when its item rests on a rule added, changed or removed in a release after
 * that version up to the set's version; otherwise it still stands. Items in set order; pure.
 */
export function findAffectedAnswers(
  set: Pick<TExerciseSet, "items" | "guidelineVersion">,
  changelog: readonly TGuidelineRelease[],
  answers: readonly TVersionedAnswer[],
): { affected: TAffectedAnswer[]; stillValid: number } {
  const latest = new Map<string, TVersionedAnswer>();
  for (const answer of answers) {
    const known = latest.get(answer.itemId);
    if (!known || answer.createdAt > known.createdAt) latest.set(answer.itemId, answer);
  }
  const affected: TAffectedAnswer[] = [];
  let stillValid = 0;
  set.items.forEach((item, position) => {
    const answer = latest.get(item.id);
    if (!answer || compareVersions(answer.guidelineVersion, set.guidelineVersion) >= 0) return;
    const changed = rulesChangedBetween(changelog, answer.guidelineVersion, set.guidelineVersion);
    const rules = [...rulesOfItem(item)].filter((rule) => changed.has(rule)).sort(compareVersions);
    if (rules.length === 0) stillValid += 1;
    else affected.push({ itemId: item.id, index: position + 1, guidelineVersion: answer.guidelineVersion, answeredAt: answer.createdAt, rules });
  });
  return { affected, stillValid };
}
