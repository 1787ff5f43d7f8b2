import { createHash } from "node:crypto";
import { itemCategories, type TExerciseSet, type TItem, type TItemCategory } from "./exercise-schema";

/** A small seeded generator (mulberry32) fed from SHA-256 of the seed: same seed, same sequence. */
function seededRandom(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Items of the bank by category (items without a category are never drawn). */
export function bankByCategory(items: readonly TItem[]): Map<TItemCategory, TItem[]> {
  const byCategory = new Map<TItemCategory, TItem[]>(itemCategories.map((category) => [category, []]));
  for (const item of items) if (item.category) byCategory.get(item.category)!.push(item);
  return byCategory;
}

/**
 * The items one attempt of a drawing qualification test shows, in the order shown: for each
 * category of `qualification.draw`, exactly its quota of distinct items, chosen at random from
 * the bank's items of that category, then shuffled together. Deterministic: the same set and seed
 * always give the same list (the attempt stores the list; the seed only makes draws reproducible
 * in tests). A test without `draw` shows every item in file order. Throws when a quota exceeds
 * its category's bank (content:check refuses such a file first).
 */
export function drawAttemptItems(set: TExerciseSet, seed: string): string[] {
  const quotas = set.qualification?.draw;
  if (!quotas) return set.items.map((item) => item.id);
  const random = seededRandom(`${set.id}:${seed}`);
  const byCategory = bankByCategory(set.items);
  const drawn: string[] = [];
  for (const category of itemCategories) {
    const quota = quotas[category] ?? 0;
    const bank = byCategory.get(category) ?? [];
    if (quota > bank.length) throw new RangeError(`draw quota ${category}: ${quota} > ${bank.length} items in the bank`);
    drawn.push(
      ...shuffled(bank, random)
        .slice(0, quota)
        .map((item) => item.id),
    );
  }
  return shuffled(drawn, random);
}

/** How many items an attempt of this test shows. */
export function attemptLength(set: TExerciseSet): number {
  const quotas = set.qualification?.draw;
  return quotas ? Object.values(quotas).reduce((sum, quota) => sum + (quota ?? 0), 0) : set.items.length;
}
