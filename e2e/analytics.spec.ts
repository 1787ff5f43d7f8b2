import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

test("an instructor reads the agreement of their class on a set, with charts and confusion matrices", async ({ page }) => {
  await signIn(page, demo.instructor);
  await page.goto("/teach");
  await page.getByRole("link", { name: "班级一致性分析" }).click();
  await page.getByLabel("期次").selectOption({ label: "第12期 北京校区" });
  await page.getByRole("button", { name: "查看" }).click();
  const analytics = page.getByTestId("class-analytics");
  await expect(analytics).toBeVisible();
  // Ten seeded classmates of 第12期 A班 answered the Q&A set with varying skill.
  await expect(page.getByRole("img", { name: /Krippendorff α：评分（序数）0\.\d{3}/ })).toBeVisible();
  await expect(page.getByTestId("fleiss")).toContainText(/Fleiss κ（全员作答的评分项 \d+ 个）：0\.\d{3}/);
  await expect(page.getByRole("img", { name: /最难的题：/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /幻觉\/编造/ })).toBeVisible();
  // People read titles, not ids: items by number, dimensions by their Chinese names.
  await expect(page.getByRole("img", { name: /最难的题：第 \d+ 题/ })).toBeVisible();
  await expect(analytics).not.toContainText("correctness");
  await expect(analytics).not.toContainText("comprehensiveness");
  await expect(page.getByRole("table", { name: /正确性/ }).first()).toBeVisible();
  // The help flag says what it measures, and follows the κ charted beside it.
  await expect(page.getByTestId("needs-help-rule")).toContainText("κ 低于 0.6");
  for (const row of await analytics.locator("[data-testid=bar-row]").filter({ hasText: "需要帮助" }).all()) {
    expect(Number((await row.getAttribute("data-value"))!)).toBeLessThan(0.6);
  }
  expect(await seriousViolations(page), "class analytics").toEqual([]);
});

test("a learner reads their calibration: agreement with gold, bias and items to revisit", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer");
  await page.getByRole("link", { name: "我的校准" }).click();
  await expect(page.getByRole("heading", { name: "我的校准", level: 1 })).toBeVisible();
  // 李明 has at least the seeded math rewrite (scored with the experts' labels), so the page has data.
  await expect(page.getByTestId("calibration")).toBeVisible();
  await expect(page.getByTestId("kappa-with-gold")).toContainText("与标准答案的一致性");
  await expect(page.getByTestId("kappa-explain")).toContainText("1 表示完全一致");
  // Items to revisit by set title and number, never a slug; a single week is said, not drawn as a dot.
  const revisit = page.getByTestId("revisit");
  if (await revisit.count()) await expect(revisit.locator("li").first()).toContainText(/第 \d+ 题/);
  if (await page.getByTestId("one-week").count()) await expect(page.getByTestId("one-week").first()).toContainText("这一周的数据");
  await expect(page.getByRole("heading", { name: "偏宽还是偏严（平均差 = 你的分 − 标准分）" })).toBeVisible();
  expect(await seriousViolations(page), "calibration").toEqual([]);
});
