import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, link: ReturnType<Page["getByRole"]>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent("download");
  await link.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/** Picks a cohort in the exports page's selector by its number and shows its files. */
async function chooseCohort(page: Page, number: number): Promise<void> {
  const select = page.getByLabel("期次");
  const value = await select
    .locator("option", { hasText: `第${number}期 ` })
    .first()
    .getAttribute("value");
  await select.selectOption(value ?? "");
  await page.getByRole("button", { name: "选择" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^第${number}期 .* 的导出文件$`) })).toBeVisible();
}

/** The page's "可导出 N 条练习作答，来自 M 位学员。" as numbers. */
async function shownScope(page: Page): Promise<{ answers: number; learners: number }> {
  const text = (await page.getByTestId("export-scope").textContent()) ?? "";
  const match = /可导出 (\d+) 条练习作答，来自 (\d+) 位学员。/.exec(text);
  expect(match, text).not.toBeNull();
  return { answers: Number(match![1]), learners: Number(match![2]) };
}

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test("an instructor downloads their class's labels as pseudonymous JSONL and a scores CSV", async ({ page }) => {
  await signIn(page, demo.instructor);
  await page.goto("/teach");
  await page.getByRole("link", { name: "导出标注数据" }).click();
  await expect(page.getByRole("heading", { name: "导出标注数据", level: 1 })).toBeVisible();
  await chooseCohort(page, 12);
  // Identities are for staff only: an instructor is not even offered them.
  await expect(page.getByText("包含真实身份（仅教务）")).toHaveCount(0);
  expect(await seriousViolations(page), "exports page").toEqual([]);

  // The page says what the file will hold, before downloading.
  const before = await shownScope(page);
  expect(before.learners).toBeGreaterThan(1);

  const rawItem = page.getByTestId("export-kind").filter({ hasText: "原始标注（JSONL）" });
  const raw = await download(page, rawItem.getByRole("link", { name: "下载" }));
  expect(raw.name).toMatch(/^cohort-12-raw-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const rows = jsonLines(raw.text);
  // Other tests may answer in 第12期 meanwhile (answers are only ever added): the file holds what
  // the page said before the download, and at most what it says after it.
  await page.reload();
  const after = await shownScope(page);
  expect(rows.length).toBeGreaterThanOrEqual(before.answers);
  expect(rows.length).toBeLessThanOrEqual(after.answers);
  const learnersInFile = new Set(rows.map((row) => row.learner)).size;
  expect(learnersInFile).toBeGreaterThanOrEqual(before.learners);
  expect(learnersInFile).toBeLessThanOrEqual(after.learners);
  // The seeded classmates of 第12期 A班 answered the Q&A scoring set.
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.some((row) => row.set === "general-qa-scoring")).toBe(true);
  for (const row of rows) {
    expect(row.learner).toMatch(/^L-[0-9a-f]{10}$/);
    expect(row).not.toHaveProperty("learnerEmail");
    expect(row.cohort).toBe(12);
  }
  expect(raw.text).not.toContain("@demo.school");

  const scoresItem = page.getByTestId("export-kind").filter({ hasText: "得分表（CSV）" });
  const scores = await download(page, scoresItem.getByRole("link", { name: "下载" }));
  expect(scores.text.startsWith("\uFEFFlearner,set,item,")).toBe(true);
  expect(scores.text.split("\r\n").filter(Boolean).length).toBeGreaterThan(1);
});

test("staff download a cohort with identities, and a learner may not export", async ({ page, browser }) => {
  await signIn(page, demo.staff);
  await page.goto("/staff");
  await page.getByRole("link", { name: /导出标注数据/ }).click();
  await chooseCohort(page, 12);
  await expect(page.getByRole("note")).toContainText("包含学员的姓名和邮箱");
  const withIdentities = await download(page, page.getByRole("link", { name: "原始标注（JSONL） · 下载（含身份）" }));
  const rows = jsonLines(withIdentities.text);
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.every((row) => typeof row.learnerEmail === "string" && typeof row.learnerName === "string")).toBe(true);

  const cohortId = await page.getByLabel("期次").inputValue();
  // A cohort that has not started has nothing to export, and the page says so before any download.
  await chooseCohort(page, 16);
  await expect(page.getByTestId("export-scope")).toHaveText("这一期还没有可导出的练习作答：下载的文件将只有表头或为空。");
  const learner = await browser.newPage();
  await signIn(learner, demo.learner);
  const response = await learner.request.get(`/api/exports/${cohortId}/raw.jsonl`);
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("answers");
  const pageResponse = await learner.goto("/teach/exports");
  expect(pageResponse?.status()).toBe(403);
  await learner.close();
});
