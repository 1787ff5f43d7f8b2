import type { TMessages } from "../../types";

export const enExports: Pick<TMessages, "exports"> = {
  exports: {
    title: "Export labels",
    link: "Export labels",
    intro:
      "Download a cohort's labels as training data. Instructors export the learners of the classes they teach; staff and admins the whole cohort. Practice answers only (never the qualification test). Every export is recorded in the audit log.",
    cohortLabel: "Cohort",
    choose: "Choose",
    noCohorts: "No cohorts to export yet.",
    filesTitle: "Files for {cohort}",
    inScope: "{answers} practice answers from {learners} learners to export.",
    nothingYet: "No practice answers in this cohort yet: the files would be empty (or a header only).",
    pseudonymNote:
      "Learners appear under a pseudonym (e.g. L-3f9a…): the same learner keeps it within a cohort, so files can be joined; it differs between cohorts and cannot be traced back to a person.",
    download: "Download",
    kinds: {
      raw: {
        label: "Raw labels (JSONL)",
        description:
          "One line per answer: item, learner pseudonym, guideline version, submission time, score, instructor review and its time, and every answer; all attempts, with attempt numbers and latest marking the one that counts.",
      },
      preferencePairs: {
        label: "Preference pairs (JSONL)",
        description: "{prompt, chosen, rejected} from each learner's latest pairwise and ranking answers; rankings give every pair, ties give none.",
      },
      sft: {
        label: "Fine-tuning records (JSONL)",
        description: "{messages} from rewrites an instructor accepted only; a rewrite of a dialogue turn comes with the dialogue before it.",
      },
      scores: { label: "Scores (CSV)", description: "Each learner's latest score per item and their rubric score per dimension; opens directly in Excel." },
    },
    identitiesTitle: "With real identities (staff only)",
    identitiesWarning:
      "These files contain learners' names and emails, which are personal data. Download them only when you must, never use them for training or share them; the download is recorded in the audit log as including identities.",
    downloadWithIdentities: "Download (with identities)",
  },
};
