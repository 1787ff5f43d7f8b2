import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { signIn } from "./fixtures/users";

/** Seeded accounts of this area (prisma/seed/demo-users.ts, prisma/seed/seed-coaching.ts). */
const coachEmail = "coach@demo.school";
const graduateEmail = "learner2@demo.school"; // 张悦: completed 第11期, coached by 赵教练
const unassignedGraduate = "学员127"; // completed 第11期, no coach after seeding; only this spec assigns one

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** "YYYY-MM-DD" of a date in Beijing time, as the date input expects. */
function beijingDate(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

test("staff assign the suggested coach to a graduate, who moves to the current assignments", async ({ browser }) => {
  const page = await signedIn(browser, "staff@demo.school");
  await page.goto("/staff/coaches");
  await expect(page.getByRole("heading", { name: "职业教练分配" })).toBeVisible();
  expect(await seriousViolations(page), "staff coaches page").toEqual([]);

  const candidate = page.getByTestId("coaching-candidate").filter({ hasText: unassignedGraduate });
  await expect(candidate).toHaveCount(1);
  const suggested = candidate.locator("select option:checked");
  await expect(suggested).toContainText("（推荐）");
  const coachName = ((await suggested.textContent()) ?? "").split("（")[0]!.trim();
  expect(coachName).not.toBe("");
  await candidate.getByRole("button", { name: "分配" }).click();

  const assignment = page.getByTestId("coach-assignment").filter({ hasText: unassignedGraduate });
  await expect(assignment).toContainText(coachName);
  await expect(assignment).toContainText("陈教务");
  await expect(page.getByTestId("coaching-candidate").filter({ hasText: unassignedGraduate })).toHaveCount(0);
  // The candidate's row (and the form in it) is gone: the confirmation stays in the page's status region.
  await expect(page.getByRole("status", { name: "操作结果" })).toContainText("已分配。");

  // In English too: reassigning says so in the same region, in English. The language cookie only
  // (the switch would also save English on the shared staff account, which other specs sign in as).
  const signedInLocale = (await page.context().cookies()).find((cookie) => cookie.name === "locale");
  await page.context().addCookies([signedInLocale ? { ...signedInLocale, value: "en" } : { name: "locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const reassigned = page.getByTestId("coach-assignment").filter({ hasText: unassignedGraduate });
  const other = reassigned.locator("select option:not(:checked)").first();
  await reassigned.locator("select").selectOption((await other.getAttribute("value"))!);
  await reassigned.getByRole("button").click();
  await expect(page.getByRole("status", { name: "What you just did" })).toContainText("Assigned.");
});

test("a coach schedules a session with a learner, who sees the coach and the session on the dashboard", async ({ browser }) => {
  const topic = `简历逐段修改 ${Date.now().toString(36)}`;
  const coach = await signedIn(browser, coachEmail);
  await coach.goto("/coach");
  await expect(coach.getByRole("heading", { name: "我的学员" })).toBeVisible();
  const row = coach.getByTestId("coach-learner").filter({ hasText: "张悦" });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: /查看档案/ }).click();
  await expect(coach.getByRole("heading", { name: "张悦", level: 1 })).toBeVisible();
  await expect(coach.getByTestId("coach-notes")).toContainText("目标：转岗");

  const date = beijingDate(new Date(Date.now() + 5 * 86_400_000));
  await coach.getByLabel("日期", { exact: true }).fill(date);
  await coach.getByLabel("时间（北京时间）", { exact: true }).fill("19:30");
  await coach.getByLabel("时长（分钟，15–240）", { exact: true }).fill("45");
  await coach.getByLabel("在线链接（可选，https://）", { exact: true }).fill("https://meeting.example.com/e2e-coaching");
  await coach.getByLabel("主题（可选）", { exact: true }).fill(topic);
  await coach.getByRole("button", { name: "安排辅导" }).click();
  await expect(coach.getByText("已安排，已邮件通知学员和你。")).toBeVisible();
  const session = coach.getByTestId("coach-session").filter({ hasText: topic });
  await expect(session).toContainText("19:30");
  await expect(session).toContainText("45 分钟");
  await expect(session).toContainText("已安排");
  expect(await seriousViolations(coach), "coach learner page").toEqual([]);

  const learner = await signedIn(browser, graduateEmail);
  await expect(learner.getByRole("heading", { name: "我的职业教练" })).toBeVisible();
  const card = learner.getByTestId("my-coach");
  await expect(card).toContainText("赵教练");
  await expect(card).toContainText("coach@demo.school");
  await expect(card.getByTestId("my-coach-session").filter({ hasText: topic })).toContainText("19:30");
  await expect(card.getByTestId("my-coach-session").filter({ hasText: "模拟面试：标注质量案例" })).toHaveCount(1);
  await expect(card).not.toContainText("目标：转岗"); // the coach's notes stay private

  await learner.goto("/coach");
  await expect(learner.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
