import { describe, expect, it } from "vitest";
import { mailKinds } from "./mail-kinds";
import { renderMail } from "./render-mail";

describe("renderMail", () => {
  it("renders an HTML part with the school name, the button, the facts, and keeps the text part as written", async () => {
    const text = "你好 李明：\n\n我们已收到你的付款 ¥22,999.00。\n\n课表都在“我的学习”：\nhttps://school.test/learn";
    const mail = await renderMail({
      kind: "order.enrolled",
      locale: "zh",
      subject: "报名成功：第14期",
      text,
      content: { action: { label: "打开“我的学习”", url: "https://school.test/learn" }, facts: [{ label: "金额", value: "¥22,999.00" }] },
    });
    expect(mail.text).toBe(text);
    expect(mail.html).toMatch(/^<!DOCTYPE html/);
    expect(mail.html).toContain('lang="zh-CN"');
    expect(mail.html).toContain("AI 训练师学院");
    expect(mail.html).toContain("报名成功：第14期");
    expect(mail.html).toContain('href="https://school.test/learn"');
    expect(mail.html).toContain("打开“我的学习”");
    expect(mail.html).toContain("¥22,999.00");
    expect(mail.html).not.toContain("<script");
  });

  it("speaks English for English readers and escapes what the text holds", async () => {
    const mail = await renderMail({
      kind: "review.done",
      locale: "en",
      subject: "Reviewed",
      text: "Hello <b>Ann</b>,\n\nSee https://school.test/x?a=1&b=2",
      content: { action: { label: "See the review", url: "https://school.test/x?a=1&b=2" } },
    });
    expect(mail.html).toContain("AI Trainer Academy");
    expect(mail.html).toContain("&lt;b&gt;Ann&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Ann</b>");
    expect(mail.html).toContain('href="https://school.test/x?a=1&amp;b=2"');
  });

  it("has a template for every kind", async () => {
    for (const kind of mailKinds) {
      const mail = await renderMail({ kind, locale: "en", subject: kind, text: "Hi,\n\nbody", content: {} });
      expect(mail.html).toContain(kind);
    }
  });
});
