import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet, TItem } from "../labeling/exercise-schema";
import { csvBom, csvCell } from "../csv/to-csv";

/** A rubric column: the task and dimension it reads, named "<task>.<dimension>" (e.g. "t4-rubric.consistency"). */
export type TDimensionColumn = { taskId: string; dimensionId: string; name: string };

/** Every rubric task × dimension of the sets, in order of first appearance, without repeats. Pure. */
export function dimensionColumns(sets: readonly TExerciseSet[]): TDimensionColumn[] {
  const columns = new Map<string, TDimensionColumn>();
  for (const set of sets) {
    for (const item of set.items) {
      for (const task of item.tasks) {
        if (task.type !== "rubric") continue;
        for (const dimension of task.dimensions) {
          const name = `${task.id}.${dimension.id}`;
          if (!columns.has(name)) columns.set(name, { taskId: task.id, dimensionId: dimension.id, name });
        }
      }
    }
  }
  return [...columns.values()];
}

/** One CSV record with CRLF (RFC 4180 quoting and the formula guard come from csvCell). Pure. */
export function csvRecord(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * The first chunk of the scores file: UTF-8 byte-order mark (Excel then reads Chinese) and the header.
 * Column names are stable machine keys, not translated, so scripts can rely on them.
 */
export function scoresCsvHeader(columns: readonly TDimensionColumn[], withIdentities: boolean): string {
  const identity = withIdentities ? ["learner_name", "learner_email"] : [];
  return (
    csvBom +
    csvRecord(["learner", ...identity, "set", "item", "attempt", "submitted_at", "guideline_version", "score", "review", ...columns.map((c) => c.name)])
  );
}

export type TScoresCsvInput = {
  pseudonym: string;
  identity?: { name: string; email: string } | null;
  setId: string;
  itemId: string;
  attempt: number;
  /** ISO 8601 in UTC. */
  submittedAt: string;
  guidelineVersion: string;
  score: number;
  review: "ACCEPTED" | "REVISE" | null;
  item: TItem | null;
  answers: TItemAnswers;
};

/**
 * One answer as a CSV record matching `scoresCsvHeader`: the item score (0…1, 4 decimals) and the
 * learner's own rubric score per dimension column (empty where the item has no such dimension). Pure.
 */
export function scoresCsvRow(input: TScoresCsvInput, columns: readonly TDimensionColumn[], withIdentities: boolean): string {
  const scores = new Map<string, number>();
  for (const task of input.item?.tasks ?? []) {
    if (task.type !== "rubric") continue;
    const given = readTaskAnswer(input.answers, task)?.scores ?? {};
    for (const dimension of task.dimensions) {
      const value = Object.hasOwn(given, dimension.id) ? given[dimension.id] : undefined;
      if (typeof value === "number") scores.set(`${task.id}.${dimension.id}`, value);
    }
  }
  const identity = withIdentities ? [input.identity?.name ?? "", input.identity?.email ?? ""] : [];
  return csvRecord([
    input.pseudonym,
    ...identity,
    input.setId,
    input.itemId,
    input.attempt,
    input.submittedAt,
    input.guidelineVersion,
    Math.round(input.score * 10_000) / 10_000,
    input.review ?? "",
    ...columns.map((column) => scores.get(column.name) ?? ""),
  ]);
}
