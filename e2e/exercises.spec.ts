import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { signUpLearner } from "./fixtures/learners";
import { demo, signIn } from "./fixtures/users";

/** Answers every choice field of the current item with the keyboard only, then submits with Ctrl+Enter. */
async function answerWithKeyboard(page: Page, digit: string) {
  const fields = page.locator("[data-field]");
  const count = await fields.count();
  for (let index = 0; index < count; index++) {
    const field = fields.nth(index);
    await expect(field).toBeFocused();
    const role = await field.getAttribute("role");
    const tag = await field.evaluate((element) => element.tagName);
    if (role === "radiogroup") await page.keyboard.press(digit);
    if (tag === "TEXTAREA") {
      // A rewrite must change the original (an unchanged one is refused): add to its end.
      await page.keyboard.press("Control+End");
      await page.keyboard.type("（已核实）");
      break;
    }
    if (index === count - 1) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expect(page.locator("#feedback-title")).toBeFocused();
}

test("a learner completes a single-turn set with the keyboard only and reads the feedback", async ({ page }) => {
  // 32 items, each graded and reloaded: a few seconds apiece on a busy machine.
  test.setTimeout(300_000);
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice");
  const set = page.locator('[data-set-id="general-qa-scoring"]');
  await set.getByRole("link", { name: "开始" }).click();
  const position = page.getByTestId("item-position");
  await expect(position).toContainText("第 1 /");
  const total = Number((await position.textContent())!.match(/\/ (\d+)/)![1]);

  for (let index = 1; index <= total; index++) {
    await expect(position).toContainText(`第 ${index} / ${total} 题`);
    await answerWithKeyboard(page, "3");
    const feedback = page.getByTestId("feedback");
    await expect(feedback.getByText("专家答案").first()).toBeVisible();
    await expect(feedback.getByText(/依据：规则 \d+\.\d+/).first()).toBeVisible();
    expect(await feedback.getByTestId("feedback-field").count()).toBeGreaterThan(0);
    if (index < total) await page.keyboard.press("n");
  }
  await page.goto("/learn/courses/ai-trainer/practice");
  await expect(set).toContainText(`${total} / ${total} 题`);
  await set.getByTestId("set-metrics").locator("summary").click();
  await expect(set.getByTestId("set-metrics")).toContainText(/打分：完全一致 \d+%/);
  await expect(set.getByTestId("set-metrics")).toContainText(/问题标记：精确率/);
});

test("the shortcuts help opens with ? and a bad submission is refused field by field", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/rag-grounded-answers?item=1");
  await expect(page.locator("[data-field]").first()).toBeFocused();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert").filter({ hasText: "需要修改" })).toBeVisible();
  await expect(page.getByText("请完成这一项。").first()).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
});

test("a multi-turn set: the judged turn is highlighted and per-turn flags are graded", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/customer-service-intent-drift?item=1");
  await expect(page.locator("[data-field]").first()).toBeFocused();
  const flags = page.locator('[data-field][role="group"]').first();
  await flags.focus();
  await expect(page.locator("[aria-current=step]")).toHaveCount(1);
  // Every turn's label is readable on its bubble (the assistant's grey label on grey was 4.3:1).
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("a");
  await expect(flags.getByRole("checkbox").first()).toHaveAttribute("aria-checked", "true");
  for (const group of await page.locator('[data-field][role="radiogroup"]').all()) {
    await group.focus();
    await page.keyboard.press("2");
  }
  const select = flags.locator("select");
  if (await select.count()) await select.selectOption({ index: 1 });
  await page.getByLabel("你的理由（可选）").fill('第 4 轮偏离了用户意图 <img src=x onerror="window.hacked=1">');
  await page.keyboard.press("Control+Enter");
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toBeVisible();
  expect(await feedback.getByTestId("feedback-field").count()).toBeGreaterThan(2);
  await expect(feedback.getByText("专家答案").first()).toBeVisible();
  await expect(page.getByTestId("distribution")).toBeVisible();
  await expect(page.getByTestId("own-rationale")).toContainText('<img src=x onerror="window.hacked=1">');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test("a rewrite with math shows a live preview and a diff, and learner text stays inert", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/math-latex-solutions");
  for (let item = 1; item <= 10; item++) {
    await page.goto(`/learn/courses/ai-trainer/practice/math-latex-solutions?item=${item}`);
    if (await page.locator("textarea[data-field]").count()) break;
  }
  // 李明's seeded rewrite comes back as submitted: a new attempt opens the fields again.
  const retry = page.getByRole("button", { name: "再做一次" });
  if (await retry.count()) await retry.click();
  const editor = page.locator("textarea[data-field]");
  await editor.fill("解：$$x^2 - 5x + 6 = 0$$ 所以 $x=2$ 或 $x=3$。<script>window.hacked=1</script><b>粗</b>");
  const preview = page.getByTestId("rewrite-preview");
  await expect(preview.locator(".katex").first()).toBeVisible();
  await expect(preview).toContainText("<script>window.hacked=1</script>");
  await expect(preview.locator("b")).toHaveCount(0);
  await expect(page.getByTestId("rewrite-diff").locator("ins").first()).toBeVisible();
  await expect(page.getByTestId("rewrite-diff").locator("del").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test("a learner who is not enrolled cannot open the exercises", async ({ page }) => {
  // A fresh account: 张悦 (learner2@) graduated from 第11期 in the seed and keeps her access.
  await signUpLearner(page, "未报名学员");
  await page.goto("/learn/courses/ai-trainer/practice");
  await expect(page.getByText("报名后即可做练习。")).toBeVisible();
  const response = await page.goto("/learn/courses/ai-trainer/practice/general-qa-scoring");
  expect(response?.status()).toBe(403);
  const api = await page.request.post("/api/exercises/submit", { data: { courseSlug: "ai-trainer", setId: "general-qa-scoring", itemId: "q01", answers: {} } });
  expect(api.status()).toBe(403);
});
