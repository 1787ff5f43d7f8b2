import { describe, expect, it } from "vitest";
import type { TExerciseSet } from "../labeling/exercise-schema";
import { dimensionColumns, scoresCsvHeader, scoresCsvRow, type TScoresCsvInput } from "./scores-csv";
import { dialogueItem, preferenceItem, ragItem } from "../../test/support/export-test-items";

const set = { id: "rag-set", items: [ragItem, preferenceItem, dialogueItem] } as unknown as TExerciseSet;
const columns = dimensionColumns([set, set]);
const input: TScoresCsvInput = {
  pseudonym: "L-0123456789",
  identity: { name: '=HYPERLINK("x")', email: "li@example.com" },
  setId: "rag-set",
  itemId: "rag",
  attempt: 2,
  submittedAt: "2030-03-02T01:02:03.000Z",
  guidelineVersion: "1.0",
  score: 0.666666,
  review: null,
  item: ragItem,
  answers: { score: { scores: { faithfulness: 4, helpfulness: 2 } } },
};

describe("scores CSV", () => {
  it("has one column per rubric task and dimension, without repeats", () => {
    expect(columns.map((c) => c.name)).toEqual(["score.faithfulness", "score.helpfulness"]);
  });

  it("starts with a BOM and a CRLF-terminated header; identity columns only when asked", () => {
    const header = scoresCsvHeader(columns, false);
    expect(header.startsWith("\uFEFFlearner,set,item,attempt,submitted_at,guideline_version,score,review,score.faithfulness,score.helpfulness\r\n")).toBe(true);
    expect(scoresCsvHeader(columns, true)).toContain("learner,learner_name,learner_email,set");
  });

  it("writes the score and the learner's own dimension scores, CRLF-terminated", () => {
    expect(scoresCsvRow(input, columns, false)).toBe("L-0123456789,rag-set,rag,2,2030-03-02T01:02:03.000Z,1.0,0.6667,,4,2\r\n");
  });

  it("quotes per RFC 4180 and neutralises formulas in identities", () => {
    const row = scoresCsvRow(input, columns, true);
    expect(row).toContain(`"'=HYPERLINK(""x"")",li@example.com`);
    const comma = scoresCsvRow({ ...input, identity: { name: "李, 明", email: "a@b" } }, columns, true);
    expect(comma).toContain(`"李, 明"`);
  });

  it("leaves dimension cells empty when the item is unknown or has no rubric", () => {
    expect(scoresCsvRow({ ...input, item: null }, columns, false).endsWith(",,\r\n")).toBe(true);
  });
});
