import type { TExerciseSet, TItem, TItemCategory } from "./exercise-schema";

/** The category a practice set's items fall in, by the guideline they are judged against. */
const categoryOfGuideline: Record<string, TItemCategory> = {
  general: "single-turn",
  code: "single-turn",
  "multi-turn": "multi-turn",
  preference: "preference",
  math: "math",
  rag: "rag",
  safety: "safety",
};

/** An item's category: its own when declared, else its set's guideline's, else the set's kind. */
export function itemCategoryOf(set: TExerciseSet, item: TItem): TItemCategory {
  return item.category ?? categoryOfGuideline[item.guideline ?? set.guideline] ?? (set.kind === "multi-turn" ? "multi-turn" : "single-turn");
}
