import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { holdSeat, openCheckout, payOnCheckoutPage, signUpLearner } from "./fixtures/learners";
import { demo, signIn } from "./fixtures/users";

// The two tests share the cohort the first one creates.
test.describe.configure({ mode: "serial" });

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  return context.newPage();
}

async function learnerWhoPaid(browser: Browser, name: string, cohort: number): Promise<Page> {
  const page = await newPage(browser);
  await signUpLearner(page, name);
  await holdSeat(page, cohort);
  await openCheckout(page);
  await payOnCheckoutPage(page, "银行卡 Card");
  await expect(page).toHaveURL(/\/learn\?enrolled=1$/, { timeout: 20_000 });
  await expect(page.getByRole("article", { name: new RegExp(`第${cohort}期`) })).toBeVisible();
  return page;
}

test("staff create the next cohort: the next number, and the previous cohort's price + ¥1,000 by default", async ({ page }) => {
  await signIn(page, demo.staff);
  await page.goto("/staff/cohorts");
  await expect(page.getByTestId("staff-cohort-row").first()).toContainText("第16期");
  expect(await seriousViolations(page), "staff cohorts").toEqual([]);
  await page.getByRole("link", { name: "新建期次" }).click();
  await expect(page.getByRole("heading", { name: "新建第17期", level: 1 })).toBeVisible();
  // 第16期 costs ¥25,999 with a ¥2,000 group discount.
  await expect(page.getByLabel("标价（元）")).toHaveValue("26999");
  await expect(page.getByLabel("拼团价（元，可空）")).toHaveValue("24999");
  await page.getByLabel("班级与人数上限").fill("A=1, B=1");
  await page.getByLabel("状态").selectOption("OPEN");
  await page.getByRole("button", { name: "新建期次" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已创建第17期" })).toBeVisible();
  await expect(page.getByTestId("staff-session")).toHaveCount(10);
  await page.goto("/courses/ai-trainer/17");
  await expect(page.getByText("¥26,999.00").first()).toBeVisible();
});

test("a learner asks for a refund, staff approve it, the learner sees it refunded and the first on the waitlist is offered the seat", async ({ browser }) => {
  test.setTimeout(120_000);
  const payer = await learnerWhoPaid(browser, "退款学员", 17);
  await learnerWhoPaid(browser, "满员学员", 17);
  const waiting = await newPage(browser);
  await signUpLearner(waiting, "候补甲");
  await waiting.goto("/courses/ai-trainer/17");
  await waiting.getByRole("button", { name: "加入候补名单" }).click();
  await expect(waiting.getByRole("main").getByRole("status")).toContainText("第 1 位");

  await payer.goto("/learn/orders");
  await payer.getByTestId("order-row").first().getByRole("link", { name: "申请退款" }).click();
  await expect(payer.getByTestId("refund-quote")).toContainText("¥26,999.00");
  await payer.getByLabel("退款原因").fill("家里有事，这一期参加不了");
  await payer.getByRole("button", { name: "提交退款申请" }).click();
  await expect(payer.getByTestId("my-refund-requests")).toContainText("待处理 · ");
  await expect(payer.getByTestId("my-refund-requests")).toContainText("已提交，教务处理后会邮件通知你。");

  const staff = await newPage(browser);
  await signIn(staff, demo.staff);
  await staff.goto("/staff/refunds");
  const request = staff.getByTestId("refund-request").filter({ hasText: "退款学员" });
  await expect(request.getByTestId("refundable")).toHaveText("¥26,999.00");
  await expect(request).toContainText("家里有事");
  expect(await seriousViolations(staff), "staff refunds").toEqual([]);
  // Money leaves only after staff confirm the amount and who gets it.
  // A confirm dialog blocks the click until answered: accept it from the handler, check its text after.
  let asked = "";
  staff.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await request.getByRole("button", { name: "批准退款" }).click();
  expect(asked).toContain("退款学员");
  expect(asked).toContain("¥26999.00");
  // Decided requests leave the pending list and show under "已处理"; the confirmation stays above the list.
  await expect(request).toHaveCount(0);
  await expect(staff.getByRole("status", { name: "操作结果" })).toContainText("已批准向 退款学员 退款 ¥26999.00，退款已发起。");
  await staff.goto("/staff/refunds?view=decided");
  // Approved, then refunded once Stripe confirms (often before this page loads).
  await expect(staff.getByTestId("refund-request").filter({ hasText: "退款学员" }).getByTestId("refund-request-status")).toHaveText(/已批准，退款中|已退款/);

  await expect(async () => {
    await payer.goto("/learn/orders");
    await expect(payer.getByTestId("order-row").first()).toContainText("已退款", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await payer.getByTestId("order-row").first().getByRole("link").first().click();
  await expect(payer.getByTestId("my-refund-requests")).toContainText("已批准");

  await expect(async () => {
    await waiting.goto("/learn");
    await expect(waiting.getByTestId("seat-hold")).toContainText("第17期", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

test("an instructor cannot open the staff back-office", async ({ page }) => {
  await signIn(page, demo.instructor);
  for (const path of ["/staff/cohorts", "/staff/refunds", "/staff/cohorts/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
});

test("an admin changes a user's role, and the audit log shows who changed what", async ({ page }) => {
  await signIn(page, "admin@demo.school");
  await page.goto("/staff/users?q=classmate05%40");
  const row = page.getByTestId("user-row").filter({ hasText: "classmate05@demo.school" });
  await row.getByLabel("学员05 的身份").selectOption("COACH");
  await row.getByRole("button", { name: "保存身份" }).click();
  await expect(row.getByRole("status")).toHaveText("已保存。");
  expect(await seriousViolations(page), "users").toEqual([]);
  await page.goto("/staff/audit?action=user.role");
  await expect(page.getByTestId("audit-log")).toContainText("user.role");
  // The action and the object are named in words; the code stays beside it for the filter.
  await expect(page.getByTestId("audit-entry").first()).toContainText("修改用户角色");
  await expect(page.getByTestId("audit-entry").first()).toContainText("用户");
  await expect(page.getByTestId("audit-log")).toContainText("COACH");
});
