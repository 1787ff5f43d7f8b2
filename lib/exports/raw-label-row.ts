import type { TExerciseSet, TItem } from "../labeling/exercise-schema";
import type { TAttemptedSubmission } from "./export-row";

export type TRawLabelRow = {
  submission: string;
  cohort: number;
  course: string;
  set: string;
  item: string;
  /** The item's task types in order, without repeats (e.g. ["rubric","flags","rewrite"]); [] when the item is gone from the content. */
  taskTypes: string[];
  learner: string;
  learnerName?: string;
  learnerEmail?: string;
  guidelineVersion: string;
  submittedAt: string;
  attempt: number;
  latest: boolean;
  score: number;
  review: "ACCEPTED" | "REVISE" | null;
  answers: unknown;
};

const taskTypesOf = new WeakMap<TItem, string[]>();
function taskTypes(item: TItem): string[] {
  let types = taskTypesOf.get(item);
  if (!types) taskTypesOf.set(item, (types = [...new Set(item.tasks.map((task) => task.type))]));
  return types;
}

/**
 * One line of the raw export (JSON + "\n"): one learner's answers to one item at one attempt, with
 * the fields of TRawLabelRow. The learner is their pseudonym; name and email are added only when
 * `withIdentities` (staff chose to). The stored answers' JSON text is written as it is, unparsed —
 * that is most of a line, and parsing and re-encoding it would halve the export's speed. Pure.
 */
export function rawLabelLine(
  submission: TAttemptedSubmission,
  context: { cohortNumber: number; pseudonym: string; withIdentities: boolean; found: { set: TExerciseSet; item: TItem } | null },
): string {
  const identity = context.withIdentities && submission.identity ? { learnerName: submission.identity.name, learnerEmail: submission.identity.email } : {};
  const head: Omit<TRawLabelRow, "answers"> = {
    submission: submission.id,
    cohort: context.cohortNumber,
    course: submission.courseSlug,
    set: submission.setId,
    item: submission.itemId,
    taskTypes: context.found ? taskTypes(context.found.item) : [],
    learner: context.pseudonym,
    ...identity,
    guidelineVersion: submission.guidelineVersion,
    submittedAt: submission.submittedAt,
    attempt: submission.attempt,
    latest: submission.latest,
    score: submission.score,
    review: submission.verdict,
  };
  return `${JSON.stringify(head).slice(0, -1)},"answers":${submission.answersJson}}\n`;
}
