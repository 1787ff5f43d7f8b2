import { describe, expect, it } from "vitest";
import { suggestCoach, type TCoachLoad } from "./suggest-coach";

const coach = (id: string, name: string, openAssignments: number): TCoachLoad => ({ id, name, openAssignments });

describe("suggestCoach", () => {
  it.each<[string, TCoachLoad[], string | null]>([
    ["no coach at all", [], null],
    ["a single coach, however busy", [coach("c1", "赵教练", 40)], "c1"],
    ["the fewest open assignments wins", [coach("c1", "A", 3), coach("c2", "B", 1), coach("c3", "C", 2)], "c2"],
    ["order of the input does not matter", [coach("c3", "C", 2), coach("c2", "B", 1), coach("c1", "A", 3)], "c2"],
    ["a tie goes to the name", [coach("c9", "Bob", 2), coach("c1", "Carol", 2), coach("c5", "Alice", 2)], "c5"],
    ["Chinese names tie-break by code point", [coach("c1", "赵教练", 0), coach("c2", "钱教练", 0)], "c1"],
    ["same name: the id decides", [coach("c2", "王", 1), coach("c1", "王", 1)], "c1"],
    ["zero load beats a name earlier in order", [coach("c1", "Aaron", 1), coach("c2", "Zoe", 0)], "c2"],
  ])("%s", (_case, coaches, expected) => {
    expect(suggestCoach(coaches)?.id ?? null).toBe(expected);
  });
});
