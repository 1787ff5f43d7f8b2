import { describe, expect, it } from "vitest";
import { localized } from "./localized";

describe("localized", () => {
  const campus = { nameZh: "北京", nameEn: "Beijing" };
  const set = { title: "通用问答评分", titleEn: "General Q&A scoring" };
  const lesson: { title: string; titleEn?: string } = { title: "第五课" };

  it("reads fooZh / fooEn and foo / fooEn pairs in the reader's language", () => {
    expect(localized("zh", campus, "name")).toBe("北京");
    expect(localized("en", campus, "name")).toBe("Beijing");
    expect(localized("zh", set, "title")).toBe("通用问答评分");
    expect(localized("en", set, "title")).toBe("General Q&A scoring");
  });

  it("falls back to Chinese where the English value is missing", () => {
    expect(localized("en", lesson, "title")).toBe("第五课");
  });
});
