import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

test("after a guideline change a learner sees what changed, which earlier answers it affects, and redoes one", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice");
  const card = page.locator('[data-set-id="shopping-assistant-rule-change"]');
  await expect(card.getByTestId("set-rule-change")).toContainText("规范已更新到 v1.1");
  await expect(card.getByTestId("set-rule-change")).toContainText(/\d+ 道早前答案受影响/);

  await page.goto("/learn/courses/ai-trainer/practice/shopping-assistant-rule-change?item=1");
  const panel = page.getByTestId("rule-change");
  await expect(panel.getByRole("heading", { name: "规范变更：shopping-assistant v1.0 → v1.1" })).toBeVisible();
  await expect(panel.getByTestId("rule-change-entry")).toHaveCount(4);
  await expect(panel.getByRole("region", { name: "规则 2.2 的改动" })).toContainText("到手价");
  const affected = panel.getByTestId("affected-answer");
  // 李明's seeded v1.0 answers: items resting on the changed 2.2 and 3.1 and the new 3.2 are listed, the others still stand.
  await expect(affected.filter({ hasText: "第 9 题" })).toContainText("涉及规则 3.1");
  await expect(panel).toContainText("答案仍然有效");
  await expect(page.locator('[data-item-id="rice-cooker-capacity"]')).toHaveCount(0);

  // Redo item 1 under v1.1 with the keyboard: the 4th choice is "不通过 · 2.2". Answered under v1.0, it comes back with that answer first.
  await expect(page.getByTestId("previous-attempt")).toBeVisible();
  await page.getByRole("button", { name: "再做一次" }).click();
  await expect(page.locator("[data-field]").first()).toBeFocused();
  await page.keyboard.press("4");
  await page.keyboard.press("Control+Enter");
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toContainText("本题得分 100%");
  await expect(feedback).toContainText("依据：规则 2.2");
  await page.reload();
  await expect(page.locator('[data-item-id="earbuds-final-price"]')).toHaveCount(0);
  await expect(page.getByTestId("affected-answer").first()).toBeVisible();
});

test("a learner audits another labeler's labels with the keyboard and reads the gold for each label", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/qa-label-audit?item=2");
  const rows = page.locator("[data-field]");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toBeFocused();
  await expect(page.getByRole("group", { name: /正确性.*4/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Correctness is wrong under rule 2.1 (the 3rd rule offered), and should be 1–2: Enter opens its value field,
  // a full-width "２" is typed (digits and x typed there stay text), Esc returns to the row.
  await page.keyboard.press("3");
  await expect(rows.first()).toHaveAttribute("data-wrong", "true");
  await expect(rows.first().getByRole("combobox")).toHaveValue("2.1");
  await page.keyboard.press("Enter");
  const value = rows.first().getByRole("textbox", { name: "正确的值（选填）" });
  await expect(value).toBeFocused();
  await page.keyboard.type("x1");
  await expect(rows.first().getByRole("combobox")).toHaveValue("2.1");
  await expect(rows.first()).toHaveAttribute("data-wrong", "true");
  await value.fill("２");
  await page.keyboard.press("Escape");
  await expect(rows.first()).toBeFocused();
  // Comprehensiveness is right; flags: marked (its value field appears), then unmarked (and the field goes).
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press("x");
  await expect(rows.nth(2).getByRole("checkbox")).toBeChecked();
  await expect(rows.nth(2).getByRole("textbox")).toBeVisible();
  await page.keyboard.press("x");
  await expect(rows.nth(2)).toHaveAttribute("data-wrong", "false");
  await expect(rows.nth(2).getByRole("textbox")).toHaveCount(0);
  await page.keyboard.press("Control+Enter");

  const feedback = page.getByTestId("feedback");
  await expect(feedback).toContainText("本题得分 100%");
  await expect(feedback.getByTestId("feedback-field")).toHaveCount(3);
  await expect(feedback.getByTestId("feedback-field").first()).toContainText("有误 · 规则 2.1 · 应为：1–2");
  await expect(feedback.getByTestId("feedback-field").first()).toContainText("有误 · 规则 2.1 · 改为：２");
  await expect(feedback.getByTestId("feedback-field").nth(1)).toContainText("无误");

  // Item 3: the missing 不安全 flag is found under the right rule (4.1, the 9th) but given the wrong value:
  // half for finding it + a quarter for the rule, so (1 + 0.75) / 2 ≈ 88 % for the item.
  await page.goto("/learn/courses/ai-trainer/practice/qa-label-audit?item=3");
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("9");
  await expect(rows.nth(1).getByRole("combobox")).toHaveValue("4.1");
  await page.keyboard.press("Enter");
  await page.keyboard.type("幻觉");
  await page.keyboard.press("Control+Enter");
  await expect(feedback).toContainText("本题得分 88%");
  const flags = feedback.getByTestId("feedback-field").nth(1);
  await expect(flags).toContainText("应为：不安全");
  await expect(flags).toContainText("改为：幻觉");
});
