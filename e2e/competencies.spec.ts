import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

const levels = [/^五级\/初级工：覆盖 \d+ \/ \d+ 项技能要求$/, /^四级\/中级工：覆盖 \d+ \/ \d+ 项技能要求$/];

test("the course page sums up its map to the national standard and links to the whole table on a page of its own", async ({ page }) => {
  await page.goto("/zh/courses/ai-trainer");
  const summary = page.getByTestId("competency-summary");
  await expect(summary.getByRole("heading", { name: "对应国家职业技能标准", level: 2 })).toBeVisible();
  for (const level of levels) await expect(summary.getByRole("listitem").filter({ hasText: level })).toHaveCount(1);
  // The table itself is not on the course page any more (it was half of the page's bytes).
  await expect(page.getByRole("table")).toHaveCount(0);

  await summary.getByRole("link", { name: /查看每项技能要求由哪些课时和练习训练/ }).click();
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/competencies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/：技能要求对照表$/);
  for (const level of levels) {
    const table = page.getByRole("table", { name: level });
    await expect(table).toBeVisible();
    // A header row and at least one skill requirement, each with its code and what trains it.
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
  }
  const first = page.getByRole("table", { name: levels[0] }).getByRole("row").nth(1);
  await expect(first).toContainText(/L5-\d+\.\d+\.\d+/);
  await expect(first).toContainText(/课时|练习|本课程未覆盖/);
  // Public and cacheable, like the course page.
  const response = await page.request.get("/zh/courses/ai-trainer/competencies");
  expect(response.headers()["cache-control"]).toMatch(/public/);

  await page.getByRole("link", { name: /^← / }).click();
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer$/);
});

test("the table reads in English, and a signed-in learner gets it with their own menu; an unknown course is a 404", async ({ page }) => {
  await page.goto("/en/courses/ai-trainer/competencies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/: skill requirements$/);
  await expect(page.getByRole("table", { name: /^Level 5 \(junior\): \d+ of \d+ skill requirements covered$/ })).toBeVisible();

  expect((await page.request.get("/zh/courses/no-such-course/competencies")).status()).toBe(404);

  await signIn(page, demo.learner);
  await page.goto("/courses/ai-trainer/competencies");
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/competencies$/);
  await expect(page.getByRole("table", { name: levels[0] })).toBeVisible();
  const response = await page.request.get("/zh/courses/ai-trainer/competencies");
  expect(response.headers()["cache-control"]).toMatch(/private/);
});
