import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * Practice items remember the learner's last attempt: opening an answered item shows the answers
 * and the feedback, "再做一次" starts a new attempt. Feedback says which turn each card judges.
 * Uses sets no other spec answers (reward-preference-pairs item 2, task-assistant-context-loss item 1).
 */

test("an answered practice item comes back with its answer and feedback, and can be tried again", async ({ page }) => {
  await signIn(page, demo.learner);
  const url = "/learn/courses/ai-trainer/practice/reward-preference-pairs?item=2";
  await page.goto(url);
  const preference = page.locator('[data-field][role="radiogroup"]').first();
  await expect(preference).toBeFocused();
  await page.keyboard.press("2");
  await page.getByLabel("你的理由（可选）").fill("B 更安全");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  // The draft note does not linger once the item is submitted.
  await expect(page.getByText("正在保存草稿…")).toHaveCount(0);

  await page.goto(url);
  await expect(page.getByTestId("previous-attempt")).toContainText(/提交过这一题，得分 \d+%/);
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expect(preference.getByRole("radio").nth(1)).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel("你的理由（可选）")).toHaveValue("B 更安全");
  await expect(page.getByLabel("你的理由（可选）")).toBeDisabled();

  await page.getByRole("button", { name: "再做一次" }).click();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(preference.getByRole("radio").nth(1)).toHaveAttribute("aria-checked", "false");
  await expect(preference).toBeFocused();
  await page.keyboard.press("6");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await page.goto(url);
  await expect(preference.getByRole("radio").nth(5)).toHaveAttribute("aria-checked", "true");
});

test("multi-turn feedback names each card's turn and the verdict; an unchanged rewrite is refused", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/task-assistant-context-loss?item=1");
  for (const group of await page.locator('[data-field][role="radiogroup"]').all()) {
    await group.focus();
    await page.keyboard.press("2");
  }
  // The rewrite starts as the original turn: submitting it untouched is refused with a reason.
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("改写与原文完全相同").first()).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveCount(0);

  await page.locator("textarea[data-field]").fill("好的，不放辣：推荐清汤锅和甜水面。");
  await page.keyboard.press("Control+Enter");
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toBeVisible();
  const titles = await feedback.getByTestId("feedback-field").locator("h3").allTextContents();
  expect(titles).not.toContain("value");
  expect(titles).toContain("整段对话的结论");
  expect(titles.some((title) => title.includes("第 4 轮"))).toBe(true);
  expect(titles.some((title) => title.includes("第 6 轮"))).toBe(true);
  const distribution = page.getByTestId("distribution");
  await expect(distribution).toContainText("第 4 轮");
  await expect(distribution).toContainText("第 6 轮");
});
