import { describe, expect, it } from "vitest";
import { interpolate, messagesFor } from "./catalog";
import { formatMoney } from "./format";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers the cookie", () => {
    expect(negotiateLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });
  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale("fr", "en-US,en;q=0.9")).toBe("en");
  });
  it("follows Accept-Language quality order", () => {
    expect(negotiateLocale(undefined, "fr;q=1, en;q=0.8, zh;q=0.9")).toBe("zh");
    expect(negotiateLocale(undefined, "de-DE, en-GB;q=0.5")).toBe("en");
  });
  it("falls back to Chinese", () => {
    expect(negotiateLocale(undefined, null)).toBe("zh");
    expect(negotiateLocale(undefined, "de, fr")).toBe("zh");
    expect(negotiateLocale(undefined, "en;q=0")).toBe("zh");
  });
});

describe("catalogs", () => {
  it("have the same keys in both languages", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      value && typeof value === "object" ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`)) : [prefix];
    expect(keys(messagesFor("en"))).toEqual(keys(messagesFor("zh")));
  });
  it("interpolates placeholders and leaves unknown ones visible", () => {
    expect(interpolate("请 {minutes} 分钟后再试 {x}", { minutes: 15 })).toBe("请 15 分钟后再试 {x}");
  });
});

describe("formatMoney", () => {
  it("formats integer fen as yuan", () => {
    expect(formatMoney(2_299_900, "zh")).toBe("¥22,999.00");
    expect(formatMoney(2_299_900, "en")).toBe("¥22,999.00");
  });
  it("refuses fractional fen", () => {
    expect(() => formatMoney(10.5, "zh")).toThrow(/integer fen/);
  });
});
