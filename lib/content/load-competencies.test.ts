import { describe, expect, it } from "vitest";
import { listCompetencies, type TCompetencyStandard } from "./competency-standard";
import { loadCompetencies } from "./load-competencies";

describe("loadCompetencies", () => {
  it("reads levels 5 and 4 of 4-04-05-05 with codes that spell their place", async () => {
    const list = await loadCompetencies("content");
    expect(list).not.toBeNull();
    const ids = list!.map((item) => item.id);
    expect(new Set(list!.map((item) => item.level))).toEqual(new Set([5, 4]));
    expect(ids).toContain("L5-2.1.2");
    expect(ids).toContain("L4-2.2.1");
    expect(new Set(ids).size).toBe(ids.length);
    expect(list!.find((item) => item.id === "L4-2.2.1")?.contentTitle).toBe("标注数据审核");
  });

  it("returns null when the content root has no standards folder", async () => {
    expect(await loadCompetencies("lib/content/check/fixtures/clean/content")).toBeNull();
  });

  it("rejects a code filed under the wrong content", () => {
    const standard: TCompetencyStandard = {
      standard: { code: "x", title: "x", titleEn: "x", edition: "x", issuer: "x", issuerEn: "x" },
      levels: [
        {
          level: 5,
          name: "五级",
          nameEn: "L5",
          functions: [{ code: "2", title: "t", titleEn: "t", contents: [{ code: "2.1", title: "t", titleEn: "t", skills: [{ id: "L5-2.2.1", title: "t", titleEn: "t" }] }] }],
        },
      ],
    };
    expect(() => listCompetencies(standard)).toThrow("L5-2.2.1 is not under level 5, content 2.1");
  });
});
