import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

/** 刘老师 teaches 第12期 B班 (prisma/seed/seed-rosters.ts). */
const secondInstructor = "instructor2@demo.school";

test("staff search 第12期's roster, download it as CSV for Excel and mark attendance", async ({ page }) => {
  await signIn(page, demo.staff);
  await page.goto("/staff/cohorts");
  const manage = await page.getByRole("link", { name: "管理 第12期" }).getAttribute("href");
  const cohortPath = manage!;
  await page.goto(`${cohortPath}/roster`);
  await expect(page.getByRole("heading", { name: "第12期 花名册" })).toBeVisible();
  await expect(page.getByTestId("roster-classes")).toContainText("A班");
  await expect(page.getByTestId("roster-classes")).toContainText("王老师");
  await expect(page.getByRole("columnheader", { name: "付款状态" })).toBeVisible();
  expect(await page.getByTestId("roster-row").count()).toBeGreaterThan(1);
  expect(await seriousViolations(page), "roster page").toEqual([]);

  await page.getByLabel("搜索学员").fill("LEARNER@demo");
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page).toHaveURL(/\/roster\?q=LEARNER%40demo$/);
  await expect(page.getByTestId("roster-row")).toHaveCount(1);
  await expect(page.getByTestId("roster-row")).toContainText("李明");
  // A row carries one menu, not three forms: the forms are out of sight until it is opened.
  const menu = page.getByTestId("roster-row").getByTestId("roster-row-menu");
  await expect(menu.getByLabel("李明 · 转入期次")).toBeHidden();
  await menu.locator("summary").click();
  await expect(menu.getByLabel("李明 · 转入期次")).toBeVisible();
  await expect(menu.getByLabel("李明 · 转入期次")).toHaveValue("");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("第12期-花名册.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString("utf8");
  expect(csv.startsWith("姓名,邮箱,班级,报名状态,课程进度,出勤,付款状态,金额（元）,支付方式\r\n")).toBe(true);
  expect(csv).toContain("李明,learner@demo.school,A,");

  await page.getByRole("link", { name: "考勤", exact: true }).click();
  await expect(page.getByRole("heading", { name: "第12期 考勤" })).toBeVisible();
  await page.getByLabel("选择课次").selectOption({ index: 0 });
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/\/attendance\?session=/);
  await expect(page.getByTestId("attendance-session-title")).toContainText("第 1 次");
  const liMing = page.getByRole("group", { name: "李明 的考勤" });
  await liMing.getByLabel("请假").check();
  await page.getByRole("button", { name: "保存考勤" }).click();
  await expect(page.getByRole("status").filter({ hasText: "考勤已保存。" })).toBeVisible();
  expect(await seriousViolations(page), "attendance page").toEqual([]);
  await page.reload();
  await expect(page.getByRole("group", { name: "李明 的考勤" }).getByLabel("请假")).toBeChecked();
  await expect(page.getByTestId("attendance-row").filter({ hasText: "李明" }).getByTestId("attendance-saved")).toContainText("请假");
});

test("an instructor sees their class's roster without payments and cannot open another teacher's class", async ({ page, browser }) => {
  // Class B's address, as its own teacher sees it.
  const other = await browser.newContext({ locale: "zh-CN" });
  const otherPage = await other.newPage();
  await signIn(otherPage, secondInstructor);
  await otherPage.goto("/teach/classes");
  const classB = (await otherPage.getByRole("link", { name: "第12期 B班" }).getAttribute("href"))!;
  await other.close();

  await signIn(page, demo.instructor);
  await page.goto("/teach");
  await page.getByRole("link", { name: "我的班级" }).click();
  await expect(page).toHaveURL(/\/teach\/classes$/);
  await expect(page.getByRole("link", { name: "第12期 B班" })).toHaveCount(0);
  await page.getByRole("link", { name: "第12期 A班" }).click();
  await expect(page.getByRole("heading", { name: "第12期 A班" })).toBeVisible();
  const table = page.getByTestId("roster-table");
  await expect(table.getByRole("row", { name: /李明/ })).toBeVisible();
  await expect(table).toContainText("A班");
  await expect(table).not.toContainText("B班");
  for (const column of ["付款状态", "金额（元）", "支付方式"]) await expect(page.getByRole("columnheader", { name: column })).toHaveCount(0);
  await expect(page.getByTestId("attendance-form")).toBeVisible();
  expect(await seriousViolations(page), "class page").toEqual([]);

  const response = await page.goto(classB);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
