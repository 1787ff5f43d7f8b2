import { describe, expect, it } from "vitest";
import type { TExerciseSet } from "../labeling/exercise-schema";
import type { TAttemptedSubmission } from "./export-row";
import { rawLabelLine, type TRawLabelRow } from "./raw-label-row";
import { ragItem } from "../../test/support/export-test-items";

const submission: TAttemptedSubmission = {
  id: "sub-1",
  userId: "user-1",
  courseSlug: "ai-trainer",
  setId: "rag-set",
  itemId: "rag",
  guidelineVersion: "1.2",
  answersJson: '{"score": {"scores": {"faithfulness": 4}}, "rationale": "第一行\\n第二行"}',
  score: 0.5,
  submittedAt: "2030-03-02T01:02:03.000Z",
  identity: { name: "李明", email: "li@example.com" },
  verdict: "ACCEPTED",
  reviewedAt: "2030-03-03T08:00:00.000Z",
  attempt: 3,
  latest: true,
};
const found = { set: { id: "rag-set" } as TExerciseSet, item: ragItem };

describe("rawLabelLine", () => {
  it("is one line of JSON describing the answer, with the pseudonym only by default", () => {
    const line = rawLabelLine(submission, { cohortNumber: 13, pseudonym: "L-abc", withIdentities: false, found });
    expect(line.endsWith("}\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    // Typed as the documented format, so a field added to TRawLabelRow and not written fails here.
    const expected: TRawLabelRow = {
      submission: "sub-1",
      cohort: 13,
      course: "ai-trainer",
      set: "rag-set",
      item: "rag",
      taskTypes: ["rubric", "rewrite"],
      learner: "L-abc",
      guidelineVersion: "1.2",
      submittedAt: "2030-03-02T01:02:03.000Z",
      attempt: 3,
      latest: true,
      score: 0.5,
      review: "ACCEPTED",
      reviewedAt: "2030-03-03T08:00:00.000Z",
      answers: { score: { scores: { faithfulness: 4 } }, rationale: "第一行\n第二行" },
    };
    expect(JSON.parse(line)).toEqual(expected);
    expect(line).not.toContain("li@example.com");
    expect(line).not.toContain("李明");
    expect(line).not.toContain("user-1");
  });

  it("adds name and email only with identities; unknown items have no task types", () => {
    const row = JSON.parse(rawLabelLine(submission, { cohortNumber: 13, pseudonym: "L-abc", withIdentities: true, found: null })) as Record<string, unknown>;
    expect(row.learnerName).toBe("李明");
    expect(row.learnerEmail).toBe("li@example.com");
    expect(row.taskTypes).toEqual([]);
  });

  it("escapes any text and keeps the documented field order", () => {
    const awkward: TAttemptedSubmission = {
      ...submission,
      setId: 'set "quoted" \\ back',
      itemId: "line\nbreak",
      guidelineVersion: "v\u2028",
      identity: { name: '李"明', email: "li\\@example.com" },
      score: 1,
      verdict: null,
      reviewedAt: null,
      answersJson: "{}",
    };
    const line = rawLabelLine(awkward, { cohortNumber: 7, pseudonym: "L-abc", withIdentities: true, found });
    const row = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(row)).toEqual([
      "submission",
      "cohort",
      "course",
      "set",
      "item",
      "taskTypes",
      "learner",
      "learnerName",
      "learnerEmail",
      "guidelineVersion",
      "submittedAt",
      "attempt",
      "latest",
      "score",
      "review",
      "reviewedAt",
      "answers",
    ]);
    expect(row).toMatchObject({
      set: 'set "quoted" \\ back',
      item: "line\nbreak",
      guidelineVersion: "v\u2028",
      learnerName: '李"明',
      learnerEmail: "li\\@example.com",
      review: null,
      reviewedAt: null,
      answers: {},
    });
    expect(line.slice(0, -1)).not.toContain("\n");
  });
});
