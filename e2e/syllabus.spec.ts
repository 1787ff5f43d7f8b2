import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

test("the course page lists the modules and links to every lesson on a syllabus page of its own", async ({ page }) => {
  await page.goto("/zh/courses/ai-trainer");
  const summary = page.getByRole("region", { name: "课程大纲" });
  const modules = summary.getByRole("listitem");
  const moduleCount = await modules.count();
  expect(moduleCount).toBeGreaterThan(3);
  await expect(modules.first()).toContainText(/\d+ 节课$/);
  // The lessons themselves are on the syllabus page (they were a sixth of the course page's bytes).
  await expect(summary.getByText(/^第 \d+ 次课$/)).toHaveCount(0);

  await summary.getByRole("link", { name: /查看每节课的安排/ }).click();
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/syllabus$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/ · 课程大纲$/);
  // One heading per module, in the course page's order, each with its lessons and their sessions.
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headings).toHaveCount(moduleCount);
  await expect(headings.first()).toHaveText(/^1\. /);
  expect(await page.getByText(/^第 \d+ 次课$/).count()).toBeGreaterThan(10);
  const response = await page.request.get("/zh/courses/ai-trainer/syllabus");
  expect(response.headers()["cache-control"]).toMatch(/public/);

  await page.getByRole("link", { name: /^← / }).click();
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer$/);
});

test("the syllabus reads in English, a signed-in learner gets it with their menu, and an unknown course is a 404", async ({ page }) => {
  await page.goto("/en/courses/ai-trainer/syllabus");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/: syllabus$/);
  await expect(page.getByText(/^Session \d+$/).first()).toBeVisible();
  expect((await page.request.get("/zh/courses/no-such-course/syllabus")).status()).toBe(404);

  await signIn(page, demo.learner);
  await page.goto("/courses/ai-trainer/syllabus");
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/syllabus$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/ · 课程大纲$/);
  const response = await page.request.get("/zh/courses/ai-trainer/syllabus");
  expect(response.headers()["cache-control"]).toMatch(/private/);
});
