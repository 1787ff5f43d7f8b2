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
  reviewedAt: string | null;
  answers: unknown;
};

const taskTypesOf = new WeakMap<TItem, string>();
/** The item's task types as JSON text, computed once per item. */
function taskTypesJson(item: TItem): string {
  let types = taskTypesOf.get(item);
  if (types === undefined) taskTypesOf.set(item, (types = JSON.stringify([...new Set(item.tasks.map((task) => task.type))])));
  return types;
}

const json = JSON.stringify;

/**
 * One line of the raw export (JSON + "\n"): one learner's answers to one item at one attempt, with
 * the fields of TRawLabelRow in that order. The learner is their pseudonym; name and email are
 * added only when `withIdentities` (staff chose to). Written field by field (each value through
 * JSON.stringify, so any text is escaped) rather than by stringifying an object: this runs for
 * every row of an export, and the object, its stringification and the splice cost twice as much.
 * The stored answers' JSON text is written as it is, unparsed — that is most of a line. Pure.
 */
export function rawLabelLine(
  submission: TAttemptedSubmission,
  context: { cohortNumber: number; pseudonym: string; withIdentities: boolean; found: { set: TExerciseSet; item: TItem } | null },
): string {
  const s = submission;
  const identity = context.withIdentities && s.identity ? `,"learnerName":${json(s.identity.name)},"learnerEmail":${json(s.identity.email)}` : "";
  const taskTypes = context.found ? taskTypesJson(context.found.item) : "[]";
  return (
    `{"submission":${json(s.id)},"cohort":${json(context.cohortNumber)},"course":${json(s.courseSlug)},"set":${json(s.setId)},"item":${json(s.itemId)}` +
    `,"taskTypes":${taskTypes},"learner":${json(context.pseudonym)}${identity},"guidelineVersion":${json(s.guidelineVersion)},"submittedAt":${json(s.submittedAt)}` +
    `,"attempt":${json(s.attempt)},"latest":${json(s.latest)},"score":${json(s.score)},"review":${json(s.verdict)},"reviewedAt":${json(s.reviewedAt)},"answers":${s.answersJson}}\n`
  );
}
