import type { TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet, TItem } from "../labeling/exercise-schema";

/**
 * One stored submission as the export reads it: never the grade (large and derived); the answers as
 * the database's JSON text, so the raw export can pass them through without parsing them.
 */
export type TExportSubmission = {
  id: string;
  userId: string;
  courseSlug: string;
  setId: string;
  itemId: string;
  guidelineVersion: string;
  /** The stored answers as JSON text. */
  answersJson: string;
  score: number;
  /** ISO 8601 in UTC, e.g. "2030-03-02T01:02:03.000Z". */
  submittedAt: string;
  verdict: "ACCEPTED" | "REVISE" | null;
  /** When an instructor reviewed it (ISO 8601, UTC); null when not reviewed. */
  reviewedAt: string | null;
  /** Only read when identities were asked for (staff). */
  identity: { name: string; email: string } | null;
};

/** A submission with its place among the learner's attempts at the same item (1-based; latest = the one that counts). */
export type TAttemptedSubmission = TExportSubmission & { attempt: number; latest: boolean };

/** An index of the sets' items by "set/item", for lookups while streaming. Pure. */
export function indexItems(sets: readonly TExerciseSet[]): (setId: string, itemId: string) => { set: TExerciseSet; item: TItem } | null {
  const byKey = new Map<string, { set: TExerciseSet; item: TItem }>();
  for (const set of sets) for (const item of set.items) byKey.set(`${set.id}/${item.id}`, { set, item });
  return (setId, itemId) => byKey.get(`${setId}/${itemId}`) ?? null;
}

/** Stored answers as the answer reader expects them (anything that is not a JSON object reads as no answers). */
export function parseItemAnswers(answersJson: string): TItemAnswers {
  try {
    const answers: unknown = JSON.parse(answersJson);
    return typeof answers === "object" && answers !== null && !Array.isArray(answers) ? (answers as TItemAnswers) : {};
  } catch {
    return {};
  }
}
