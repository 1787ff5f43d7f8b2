import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { interpolate, messagesFor } from "../i18n/catalog";

vi.mock("../i18n/server", () => ({ getMessages: async () => ({ locale: "zh", m: messagesFor("zh"), t: interpolate }) }));
vi.mock("../auth/guards", () => ({ assertUser: async () => ({ id: "u1", email: "a@b.c", name: "A", role: "LEARNER", locale: "zh" }) }));

const { defineFormAction } = await import("./define-form-action");

const run = vi.fn(async (input: { name: string }) => input.name);
const action = defineFormAction({ who: "public", schema: z.object({ name: z.string().min(1) }), echo: ["name"], run });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("defineFormAction", () => {
  it("runs with valid input", async () => {
    expect(await action(null, form({ name: "张悦" }))).toEqual({ ok: true, data: "张悦" });
  });

  it.each([
    ["no arguments at all", undefined],
    ["an array (0=[] posted to the action)", []],
    ["a plain object", { name: "x" }],
    ["a string", "name=x"],
  ])("answers a clear failure, not a crash, for %s instead of a form", async (_label, notAForm) => {
    run.mockClear();
    const result = await action(null, notAForm as unknown as FormData);
    expect(result).toMatchObject({ ok: false, message: "请求内容无效（格式不对、嵌套过深、过大，或含有无法识别的字符），没有保存任何内容。" });
    expect(run).not.toHaveBeenCalled();
  });

  // (FormData holds USVStrings: a lone surrogate already arrives as U+FFFD, which is harmless.)
  it("refuses NUL in any field, naming the field, and runs nothing", async () => {
    run.mockClear();
    const result = await action(null, form({ name: "a\u0000b", other: "ok" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "含有无法识别的字符（例如空字符），请删除后重试。" }, values: { name: "" } });
    const hiddenField = await action(null, form({ name: "ok", other: "\u0000" }));
    expect(hiddenField).toMatchObject({ ok: false, fieldErrors: { other: "含有无法识别的字符（例如空字符），请删除后重试。" } });
    expect(run).not.toHaveBeenCalled();
  });
});
