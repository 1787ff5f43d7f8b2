import { describe, expect, it } from "vitest";
import { matchesAuditFix, normalizeAuditValue } from "./match-audit-value";

describe("normalizeAuditValue", () => {
  it("folds width, case, spaces, dashes and a trailing 分", () => {
    expect(normalizeAuditValue(" １–２ ")).toBe("1-2");
    expect(normalizeAuditValue("4 分")).toBe("4");
    expect(normalizeAuditValue("3至4")).toBe("3-4");
    expect(normalizeAuditValue("None。")).toBe("none");
    expect(normalizeAuditValue("幻觉／编造")).toBe("幻觉/编造");
  });
});

describe("matchesAuditFix", () => {
  it("a single score matches itself in any width, with or without 分", () => {
    for (const typed of ["3", "３", " 3 ", "3分", "3 分"]) expect(matchesAuditFix(typed, "3")).toBe(true);
    expect(matchesAuditFix("4", "3")).toBe(false);
    expect(matchesAuditFix("33", "3")).toBe(false);
  });

  it("a gold range accepts each score in it and the range written any way, nothing outside", () => {
    for (const typed of ["1", "2", "1-2", "1–2", "1~2", "１－２", "1到2"]) expect(matchesAuditFix(typed, "1–2")).toBe(true);
    for (const typed of ["3", "0", "1-3", "12"]) expect(matchesAuditFix(typed, "1–2")).toBe(false);
  });

  it("flag names match exactly or by one of their names; other flags do not", () => {
    expect(matchesAuditFix("时效性问题", "时效性问题")).toBe(true);
    expect(matchesAuditFix("幻觉", "幻觉/编造")).toBe(true);
    expect(matchesAuditFix("幻觉／编造", "幻觉/编造")).toBe(true);
    expect(matchesAuditFix("不安全", "时效性问题")).toBe(false);
    expect(matchesAuditFix("时效性", "时效性问题")).toBe(false);
  });

  it("the head of an explained gold suffices; the words for nothing match each other", () => {
    expect(matchesAuditFix("2.2", "2.2，但理由应改为“复算无误”")).toBe(true);
    expect(matchesAuditFix("2.1", "2.2，但理由应改为“复算无误”")).toBe(false);
    expect(matchesAuditFix("无需扣分", "无需扣分（应写明查证了营养成分表）")).toBe(true);
    expect(matchesAuditFix("没有", "无")).toBe(true);
    expect(matchesAuditFix("none", "无需标记（理由应写明复算过程）")).toBe(true);
    expect(matchesAuditFix("不可用", "可用")).toBe(false);
  });

  it("an empty or blank value never matches", () => {
    expect(matchesAuditFix("", "无")).toBe(false);
    expect(matchesAuditFix("   ", "3")).toBe(false);
  });
});
