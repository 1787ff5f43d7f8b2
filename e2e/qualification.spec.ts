import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { seriousViolations } from "./fixtures/axe";
import { signIn } from "./fixtures/users";

/**
 * 张悦 (learner2@) completed the finished 第11期 in the seed, so she may sit the test and, once she
 * passes, receives the certificate at once. coaching.spec.ts also signs in as her, but only reads
 * her coach card: nothing here changes what it checks.
 */
const graduateEmail = "learner2@demo.school";
const pagePath = "/learn/courses/ai-trainer/qualification";

type TTask =
  | { type: "rubric"; id: string; dimensions: { id: string }[]; gold: Record<string, { score: number }> }
  | { type: "flags"; id: string; options: string[]; gold: { flags: string[]; refersTo?: Record<string, number> } }
  | { type: "preference"; id: string; gold: { value: number } }
  | { type: "verdict"; id: string; options: { value: string }[]; gold: { value: string } };
type TSet = { items: { id: string; tasks: TTask[] }[]; qualification: { timeLimitMinutes: number; draw: Record<string, number> } };

/** The gold answers, read from the content file the server grades against. */
const set = parse(readFileSync(path.join(process.cwd(), "content/courses/ai-trainer/exercises/qualification-test.yaml"), "utf8")) as TSet;
const attemptLength = Object.values(set.qualification.draw).reduce((sum, quota) => sum + quota, 0);
const minutes = set.qualification.timeLimitMinutes;

/** Fills one item with its gold answer through the same fields as the practice workspace. */
async function answerWithGold(page: Page, item: TSet["items"][number]) {
  for (const task of item.tasks) {
    if (task.type === "rubric") {
      for (const dimension of task.dimensions) {
        await page
          .locator(`[data-field="field-${task.id}.${dimension.id}"]`)
          .getByRole("radio")
          .nth(task.gold[dimension.id]!.score - 1)
          .click();
      }
    } else if (task.type === "flags") {
      const group = page.locator(`[data-field="field-${task.id}"]`);
      // In the options' order, so the turn selector that appears last belongs to the flag just raised.
      for (const flag of [...task.gold.flags].sort((a, b) => task.options.indexOf(a) - task.options.indexOf(b))) {
        await group.getByRole("checkbox").nth(task.options.indexOf(flag)).click();
        const turn = task.gold.refersTo?.[flag];
        if (turn !== undefined) await group.locator("select").last().selectOption(String(turn));
      }
    } else if (task.type === "preference") {
      await page
        .locator(`[data-field="field-${task.id}"]`)
        .getByRole("radio")
        .nth(task.gold.value + 3)
        .click();
    } else if (task.type === "verdict") {
      await page
        .locator(`[data-field="field-${task.id}"]`)
        .getByRole("radio")
        .nth(task.options.findIndex((option) => option.value === task.gold.value))
        .click();
    }
  }
}

test("a graduate passes the timed qualification test and opens her certificate", async ({ browser }) => {
  // Forty items answered and saved one by one on a shared 2-core machine.
  test.setTimeout(600_000);
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, graduateEmail);
  await page.goto(pagePath);
  await expect(page.getByRole("heading", { name: "结业资格考试", level: 1 })).toBeVisible();

  // A rerun against the same database finds the test already passed: go straight to the certificate.
  if (await page.getByRole("button", { name: "开始考试" }).isVisible()) {
    // The rules are the set's Markdown, rendered, and said once: the time limit and the number of items drawn.
    const rules = page.locator("section[aria-labelledby=rules-title]");
    await expect(rules.locator("strong").filter({ hasText: `${minutes} 分钟` })).toBeVisible();
    await expect(rules.locator("strong").filter({ hasText: `${attemptLength} 道题` })).toBeVisible();
    await expect(rules.locator("strong").filter({ hasText: "通用规范" })).toBeVisible();
    await expect(rules).not.toContainText("**");
    expect((await rules.textContent())!.split(`${minutes} 分钟`).length - 1).toBe(1);
    await expect(page.getByTestId("qualification-thresholds")).toContainText("总得分率");
    await expect(page.getByTestId("qualification-category-thresholds")).toContainText("多轮对话");
    expect(await seriousViolations(page), "qualification rules").toEqual([]);
    await page.getByRole("button", { name: "开始考试" }).click();
    await expect(page.getByTestId("qualification-countdown")).toContainText(new RegExp(`剩余时间: (${minutes - 1}|${minutes}):\\d\\d`));

    // The attempt shows the items it drew; note them, then check that a reload shows the same ones.
    const shown: string[] = [];
    for (let index = 0; index < attemptLength; index += 1) {
      const position = page.getByTestId("qualification-position");
      await expect(position).toContainText(`第 ${index + 1} / ${attemptLength} 题`);
      const itemId = (await position.getAttribute("data-item-id"))!;
      shown.push(itemId);
      await answerWithGold(
        page,
        set.items.find((item) => item.id === itemId)!,
      );
      if (index === 0) {
        // The practice keyboard: ↓ moves to the next field without changing a score, Ctrl+Enter saves, ? lists the keys.
        // (Items are drawn at random: the ↓ check needs a first field of choices and a second field.)
        const fields = page.locator("[data-field]");
        if ((await fields.count()) > 1 && (await fields.first().locator('[aria-checked="true"]').count()) === 1) {
          const checked = await fields.first().locator('[aria-checked="true"]').textContent();
          await fields.first().focus();
          await page.keyboard.press("ArrowDown");
          await expect(fields.nth(1)).toBeFocused();
          await expect(fields.first().locator('[aria-checked="true"]')).toHaveText(checked!);
        }
        await page.keyboard.press("?");
        await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toContainText("Ctrl/⌘ + Enter：保存本题");
        await page.keyboard.press("Escape");
        await page.keyboard.press("Control+Enter");
      } else {
        await page.getByRole("button", { name: "保存本题" }).click();
      }
      await expect(page.getByText("本题已保存。")).toBeVisible();
      // No grade, gold answer or rationale during the test.
      await expect(page.getByText("参考答案")).toHaveCount(0);
      if (index === 1) {
        await page.reload();
        await expect(page.getByTestId("qualification-position")).toHaveAttribute("data-item-id", shown[0]!);
        await page.getByRole("button", { name: "下一题 →" }).click();
        await expect(page.getByTestId("qualification-position")).toHaveAttribute("data-item-id", shown[1]!);
      }
      if (index < attemptLength - 1) await page.getByRole("button", { name: "下一题 →" }).click();
    }
    expect(new Set(shown).size).toBe(attemptLength);
    expect(await seriousViolations(page), "running attempt").toEqual([]);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "交卷" }).click();
  }

  await expect(page.getByTestId("qualification-verdict")).toHaveText("通过");
  await expect(page.getByTestId("qualification-result-table")).toContainText("总得分率");
  await expect(page.getByTestId("qualification-category-result")).toContainText("安全与拒答");
  await page.getByRole("link", { name: "查看结业证书" }).click();
  await expect(page).toHaveURL(/\/certificates\/[A-Z2-7]{12}$/);
  await expect(page.getByRole("heading", { name: "结业证书", level: 1 })).toBeVisible();
  await expect(page.getByTestId("certificate-name")).toHaveText("张悦");
  await expect(page.getByTestId("certificate-verified")).toBeVisible();
  const code = page.url().split("/").pop()!;
  await expect(page.getByTestId("certificate-url")).toContainText(`/certificates/${code}`);
  expect(await seriousViolations(page), "certificate page").toEqual([]);

  // The certificate is public: a signed-out visitor sees the same page; an unknown code is a 404.
  const visitor = await browser.newPage({ locale: "zh-CN" });
  await visitor.goto(`/certificates/${code}`);
  await expect(visitor.getByTestId("certificate-name")).toHaveText("张悦");
  const unknown = await visitor.goto("/certificates/AAAAAAAAAAAA");
  expect(unknown?.status()).toBe(404);

  // Her dashboard and her profile list the result and the certificate link.
  for (const path of ["/learn", "/account"]) {
    await page.goto(path);
    const card = page.getByTestId("qualification-card");
    await expect(card).toContainText(/通过/);
    await expect(card.getByRole("link", { name: "查看结业证书" })).toHaveAttribute("href", `/zh/certificates/${code}`);
  }
});
