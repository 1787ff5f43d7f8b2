import { difficulties, type TExerciseSet } from "../../labeling/exercise-schema";
import { itemCategoryOf } from "../../labeling/item-category";

/** One row of the table content:check prints per exercise set. */
export type TSetSummary = {
  setId: string;
  items: number;
  /** Items per difficulty, and how many carry none. */
  difficulty: Record<(typeof difficulties)[number] | "untagged", number>;
  /** Items whose every flags task has no gold flag, over items with a flags task; null without flags tasks. */
  cleanShare: number | null;
  /** Categories of the items, plus "rewrite" when the set has rewrite tasks. */
  taskTypes: string[];
  competencies: string[];
};

/** Counts what a set trains: size, difficulty mix, share of answers with nothing wrong, task types, competencies. */
export function summarizeSet(set: TExerciseSet): TSetSummary {
  const difficulty = { easy: 0, medium: 0, hard: 0, untagged: 0 };
  let withFlags = 0;
  let clean = 0;
  const types = new Set<string>();
  for (const item of set.items) {
    difficulty[item.difficulty ?? "untagged"] += 1;
    const flagTasks = item.tasks.filter((task) => task.type === "flags");
    if (flagTasks.length > 0) {
      withFlags += 1;
      if (flagTasks.every((task) => task.type === "flags" && task.gold.flags.length === 0)) clean += 1;
    }
    types.add(itemCategoryOf(set, item));
    if (item.tasks.some((task) => task.type === "rewrite")) types.add("rewrite");
  }
  return { setId: set.id, items: set.items.length, difficulty, cleanShare: withFlags ? clean / withFlags : null, taskTypes: [...types].sort(), competencies: set.competencies };
}

/** The summaries as a Markdown table (it goes into notes as is). */
export function formatSummaryTable(rows: readonly TSetSummary[]): string {
  const lines = ["| set | items | easy/medium/hard (untagged) | clean answers | task types | competencies |", "|---|---:|---|---:|---|---|"];
  for (const row of rows) {
    const mix = `${row.difficulty.easy}/${row.difficulty.medium}/${row.difficulty.hard}${row.difficulty.untagged ? ` (${row.difficulty.untagged})` : ""}`;
    const clean = row.cleanShare === null ? "—" : `${Math.round(row.cleanShare * 100)}%`;
    lines.push(`| ${row.setId} | ${row.items} | ${mix} | ${clean} | ${row.taskTypes.join(", ")} | ${row.competencies.join(", ") || "—"} |`);
  }
  const total = rows.reduce((sum, row) => sum + row.items, 0);
  lines.push(`| **total** | ${total} | | | | |`);
  return lines.join("\n");
}
