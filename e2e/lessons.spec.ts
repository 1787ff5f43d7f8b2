import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";
import { signUpLearner } from "./fixtures/learners";

test("a learner opens an unlocked lesson, sees rendered math, completes it and sees progress move", async ({ page }) => {
  await signIn(page, demo.learner);

  await page.getByRole("link", { name: "进入课程" }).first().click();
  await expect(page).toHaveURL(/\/learn\/courses\/ai-trainer$/);
  const courseBar = page.getByRole("progressbar", { name: "课程进度" });
  const before = Number(await courseBar.getAttribute("aria-valuenow"));

  await page.getByRole("link", { name: "给正确性和全面性打分：1–5 分锚定量表" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "给正确性和全面性打分：1–5 分锚定量表" })).toBeVisible();
  await expect(page.getByTestId("lesson-body").locator(".katex math").first()).toBeVisible();
  await page.getByRole("button", { name: "标记为已完成" }).click();
  await expect(page.getByRole("main").getByText("已完成").first()).toBeVisible();

  await page.goto("/learn/courses/ai-trainer");
  await expect(page.getByRole("progressbar", { name: "课程进度" })).toHaveAttribute("aria-valuenow", String(before + 1));
});

test("a locked lesson shows when it unlocks and not its content", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/courses/ai-trainer/lessons/17-interview-and-trial-task");
  await expect(page.getByRole("heading", { name: "这节课还没解锁" })).toBeVisible();
  await expect(page.getByTestId("unlock-note")).toContainText(/第 10 次课开始时解锁/);
  await expect(page.getByTestId("unlock-note")).toContainText(/\d{4}年/);
  expect(await page.content()).not.toContain("常见招聘流程");
});

test("visitors read the free preview; lessons need an enrollment; drafts are not found", async ({ page }) => {
  await page.goto("/courses/ai-trainer/lessons/01-what-an-ai-trainer-does");
  await expect(page.getByRole("heading", { level: 1, name: "AI 训练师是做什么的" })).toBeVisible();
  await page.goto("/courses/ai-trainer/lessons/03-scoring-correctness-and-comprehensiveness");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signUpLearner(page, "未报名学员");
  await page.goto("/courses/ai-trainer/lessons/03-scoring-correctness-and-comprehensiveness");
  await expect(page.getByRole("heading", { name: "报名后即可学习" })).toBeVisible();
  const draft = await page.goto("/courses/ai-trainer/lessons/00-authoring-guide");
  expect(draft?.status()).toBe(404);
  const unknown = await page.goto("/courses/ai-trainer/lessons/no-such-lesson");
  expect(unknown?.status()).toBe(404);
});

test("an instructor previews a draft, and a lesson as a cohort's learner would see it on a date", async ({ page }) => {
  await signIn(page, demo.instructor);
  await page.goto("/teach/courses/ai-trainer");
  const draftRow = page.getByTestId("outline-lesson").filter({ hasText: "草稿" }).first();
  await draftRow.getByRole("link").click();
  await expect(page.getByTestId("preview-banner")).toContainText("讲师视角");
  await expect(page.getByTestId("lesson-body")).toBeVisible();

  await page.goto("/teach/courses/ai-trainer");
  await page.getByLabel("期次").selectOption("16");
  await page.getByLabel("日期").fill("2026-01-01");
  await page.getByRole("button", { name: "预览", exact: true }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("第16期学员");
  await page.getByRole("link", { name: "给正确性和全面性打分：1–5 分锚定量表" }).click();
  await expect(page.getByRole("heading", { name: "这节课还没解锁" })).toBeVisible();
});
