import type { TItem } from "../../labeling/exercise-schema";

/**
 * Two measures, each a Jaccard similarity of character shingles over normalised text (lower case,
 * no whitespace, punctuation or symbols): the user's question (prompt, or the user turns of a
 * dialogue) in 3-character shingles — the same task asked in other words — and everything the item
 * shows (prompt, responses, dialogue) in 5-character shingles — a copied response. An item pair is
 * a near-duplicate when either reaches `nearDuplicateThreshold`.
 */
export const questionShingleLength = 3;
export const textShingleLength = 5;
/**
 * Measured on this course: `qualification-test/dedupe-list-order` (replaced) against
 * `reward-preference-pairs/python-dedupe-order` scored 0.52 on the question; pairs that only share
 * a stock phrase ("……有什么区别", "求函数……的导数") scored 0.23; a two-dice probability item
 * against `dice-at-least-one-six` 0.29 (replaced too). No bank/practice pair reached 0.10 on the
 * whole text.
 */
export const nearDuplicateThreshold = 0.3;

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

/** The user's question: the prompt, or the user turns of a dialogue, normalised. */
export function questionText(item: TItem): string {
  return normalise(item.prompt ?? item.dialogue.filter((turn) => turn.role === "user").map((turn) => turn.text).join("\n"));
}

/** Everything the item shows a learner (prompt, responses, dialogue), normalised. */
export function itemText(item: TItem): string {
  return normalise([item.prompt ?? "", ...item.responses.map((response) => response.text), ...item.dialogue.map((turn) => turn.text)].join("\n"));
}

/** The set of `length`-character shingles of `text` (the whole text when shorter). */
export function shinglesOf(text: string, length: number): Set<string> {
  const characters = [...text];
  const shingles = new Set<string>();
  if (characters.length <= length) {
    if (characters.length > 0) shingles.add(characters.join(""));
    return shingles;
  }
  for (let index = 0; index + length <= characters.length; index += 1) shingles.add(characters.slice(index, index + length).join(""));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export type TLabeledItem = { setId: string; item: TItem };
export type TNearDuplicate = { bank: TLabeledItem; practice: TLabeledItem; similarity: number; on: "question" | "text" };

function fingerprint(item: TItem) {
  return { question: shinglesOf(questionText(item), questionShingleLength), text: shinglesOf(itemText(item), textShingleLength) };
}

/**
 * Every pair (bank item, practice item) whose question or whole-text similarity reaches
 * `threshold`, most similar first, with the measure that matched. Quadratic in the item counts,
 * which is fine for a few hundred items.
 */
export function findNearDuplicates(bank: readonly TLabeledItem[], practice: readonly TLabeledItem[], threshold = nearDuplicateThreshold): TNearDuplicate[] {
  const practicePrints = practice.map((entry) => ({ entry, print: fingerprint(entry.item) }));
  const found: TNearDuplicate[] = [];
  for (const bankEntry of bank) {
    const print = fingerprint(bankEntry.item);
    for (const candidate of practicePrints) {
      const question = jaccard(print.question, candidate.print.question);
      const text = jaccard(print.text, candidate.print.text);
      const similarity = Math.max(question, text);
      if (similarity >= threshold) found.push({ bank: bankEntry, practice: candidate.entry, similarity, on: question >= text ? "question" : "text" });
    }
  }
  return found.sort((a, b) => b.similarity - a.similarity);
}
