import { describe, expect, it } from "vitest";
import { exampleItem } from "../../test/support/labeling-arbitraries";
import type { TExerciseSet } from "../labeling/exercise-schema";
import type { TCompetency } from "../content/competency-standard";
import { measureCoverage } from "./measure-coverage";
import { competencyBar, measureLearnerCompetencies } from "./measure-learner-competencies";

const competency = (id: string, level: number): TCompetency => ({
  id,
  level,
  levelName: `${level}级`,
  levelNameEn: `Level ${level}`,
  functionTitle: "f",
  functionTitleEn: "f",
  contentCode: id.slice(3, 6),
  contentTitle: "c",
  contentTitleEn: "c",
  title: "t",
  titleEn: "t",
});
const standard = [competency("L5-2.1.2", 5), competency("L5-1.1.1", 5), competency("L4-2.2.1", 4)];
const base = exampleItem();
const set = (id: string, competencies: string[], items = 6): TExerciseSet => ({
  id,
  title: id,
  titleEn: id,
  kind: "single-turn",
  guideline: "general",
  guidelineVersion: "1.0",
  instructions: "i",
  instructionsEn: "i",
  items: Array.from({ length: items }, (_, index) => ({ ...base, id: `i${index}` })),
  competencies,
});

describe("measureCoverage", () => {
  it("lists every competency by level with what trains it, counting covered ones", () => {
    const levels = measureCoverage(
      standard,
      [{ kind: "lesson", id: "05", title: "五", titleEn: "Five", competencies: ["L5-2.1.2"] }],
      [{ kind: "set", id: "qa", title: "问答", titleEn: "QA", competencies: ["L5-2.1.2", "L4-2.2.1"] }],
    );
    expect(levels.map((level) => [level.level, level.covered, level.competencies.length])).toEqual([
      [5, 1, 2],
      [4, 1, 1],
    ]);
    expect(levels[0]!.competencies[0]).toMatchObject({ id: "L5-2.1.2", lessons: [{ id: "05" }], sets: [{ id: "qa" }] });
    expect(levels[0]!.competencies[1]).toMatchObject({ id: "L5-1.1.1", lessons: [], sets: [] });
  });
});

describe("measureLearnerCompetencies", () => {
  const sets = [set("qa", ["L5-2.1.2"]), set("audit", ["L4-2.2.1"])];
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

  it("practised after one answer; met only with enough items at the bar; the latest answer per item counts", () => {
    const answers = [
      ...[0, 1, 2, 3].map((index) => ({ setId: "qa", itemId: `i${index}`, score: 1, createdAt: at(index) })),
      { setId: "qa", itemId: "i4", score: 0, createdAt: at(5) },
      { setId: "qa", itemId: "i4", score: 0.5, createdAt: at(6) },
      { setId: "audit", itemId: "i0", score: 1, createdAt: at(7) },
    ];
    const result = measureLearnerCompetencies(standard, sets, answers);
    const byId = Object.fromEntries(result.map((entry) => [entry.id, entry]));
    expect(byId["L5-2.1.2"]).toMatchObject({ items: 5, practised: true, met: true });
    expect(byId["L5-2.1.2"]!.accuracy).toBeCloseTo(4.5 / 5);
    expect(byId["L4-2.2.1"]).toMatchObject({ items: 1, practised: true, met: false });
    expect(byId["L5-1.1.1"]).toMatchObject({ items: 0, accuracy: null, practised: false, met: false });
  });

  it("is not met under the accuracy bar, and ignores answers to items the course no longer has", () => {
    const answers = [0, 1, 2, 3, 4].map((index) => ({ setId: "qa", itemId: `i${index}`, score: competencyBar.minAccuracy - 0.1, createdAt: at(index) }));
    answers.push({ setId: "qa", itemId: "gone", score: 1, createdAt: at(9) }, { setId: "old-set", itemId: "i0", score: 1, createdAt: at(9) });
    const entry = measureLearnerCompetencies(standard, sets, answers).find((candidate) => candidate.id === "L5-2.1.2")!;
    expect(entry).toMatchObject({ items: 5, met: false });
  });
});
