import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  return context.newPage();
}

test("a learner scores a long-form writing item and reads the feedback on all five dimensions", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/long-form-writing?item=1");
  await expect(page.locator("[data-field]").first()).toBeFocused();
  const groups = page.locator('[data-field][role="radiogroup"]');
  await expect(groups).toHaveCount(5);
  for (const group of await groups.all()) {
    await group.focus();
    await page.keyboard.press("3");
  }
  await page.keyboard.press("Control+Enter");
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toBeVisible();
  for (const dimension of ["任务完成", "结构与连贯", "文风与语体", "事实审慎", "原创与感染力"]) {
    await expect(feedback.getByTestId("feedback-field").filter({ hasText: dimension })).toHaveCount(1);
  }
  // The copy invents "316" and "48 小时": factual care 1 is two away from 3, and the flag was missed.
  await expect(feedback.getByTestId("feedback-field").filter({ hasText: "事实审慎" })).toHaveAttribute("data-verdict", "wrong");
  await expect(feedback.getByTestId("feedback-field").filter({ hasText: "幻觉/编造" })).toHaveAttribute("data-verdict", "wrong");
  await expect(feedback.getByText("依据：规则 5.1").first()).toBeVisible();
});

test("an SFT answer written from scratch is checked at once and waits in the instructor's review queue", async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await newPage(browser);
  await signIn(learner, demo.learner);
  await learner.goto("/learn/courses/ai-trainer/practice/sft-writing?item=1");
  const editor = learner.getByRole("textbox", { name: "从零撰写理想回答" });
  await expect(editor).toHaveValue("");
  await expect(learner.getByTestId("rewrite-diff")).toHaveCount(0);
  // Right answer, but padded far beyond the 40 the item allows.
  await editor.fill(
    "1 公斤等于两斤。公斤是公制单位，斤是我们日常买菜时最常用的市制单位，两者的换算关系在生活里经常用到，比如在菜市场称水果、称肉的时候，记住这个换算就不会算错价钱了。",
  );
  await learner.keyboard.press("Control+Enter");
  const feedback = learner.getByTestId("feedback");
  await expect(feedback).toBeVisible();
  await expect(feedback.getByRole("heading", { name: /本题得分 50%/ })).toBeVisible();
  const checks = feedback.getByTestId("feedback-field").filter({ has: learner.getByTestId("write-check") });
  await expect(checks).toHaveCount(2);
  await expect(checks.filter({ hasText: "必须包含 · 给出“2 斤”" })).toHaveAttribute("data-verdict", "right");
  await expect(checks.filter({ hasText: "找到：“两斤”" })).toHaveCount(1);
  const length = checks.filter({ hasText: "字数" });
  await expect(length).toHaveAttribute("data-verdict", "wrong");
  await expect(length).toContainText("要求不超过 40 字");
  await expect(length).toContainText("依据：规则 3.1");
  await expect(feedback.getByText("待讲师批阅")).toBeVisible();
  await expect(feedback.getByText("专家撰写参考")).toBeVisible();

  const teacher = await newPage(browser);
  await signIn(teacher, demo.instructor);
  await teacher.goto("/teach/reviews?set=sft-writing");
  const row = teacher.getByTestId("review-entry").filter({ hasText: "李明" }).first();
  await expect(row).toContainText("待批改");
  await row.getByRole("link", { name: /批改/ }).click();
  await expect(teacher.getByText("从零撰写：没有原稿")).toBeVisible();
  await expect(teacher.getByTestId("review-diff")).toHaveCount(0);
  const reviewChecks = teacher.getByTestId("review-checks");
  await expect(reviewChecks).toContainText("✓ 正确: 必须包含 · 给出“2 斤”");
  await expect(reviewChecks).toContainText("✗ 错误: 字数");
});
