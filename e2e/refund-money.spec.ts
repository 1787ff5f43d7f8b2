import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { holdSeat, openCheckout, payOnCheckoutPage, signUpLearner } from "./fixtures/learners";
import { demo, signIn, signInByMagicLink } from "./fixtures/users";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  return context.newPage();
}

/** 学员71 paid for 第15期 by bank transfer (prisma/seed/seed-orders.ts). */
const offlinePayer = { email: "classmate71@demo.school", name: "学员71" };

test("an offline payment's refund: a second request is refused, the ledger shows it awaiting payout until staff record it", async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await newPage(browser);
  await signInByMagicLink(learner, offlinePayer.email);
  await learner.goto("/learn/orders");
  await learner.getByTestId("order-row").first().getByRole("link", { name: "申请退款" }).click();
  await expect(learner.getByLabel("退款原因")).toBeVisible();
  const orderUrl = learner.url();
  // The same order open in a second tab, before the first request is sent.
  const secondTab = await learner.context().newPage();
  await secondTab.goto(orderUrl);
  await learner.getByLabel("退款原因").fill("换了工作，周末要加班");
  await learner.getByRole("button", { name: "提交退款申请" }).click();
  await expect(learner.getByTestId("my-refund-requests")).toContainText("待处理 · ");
  await secondTab.getByLabel("退款原因").fill("再申请一次试试");
  await secondTab.getByRole("button", { name: "提交退款申请" }).click();
  await expect(secondTab.getByRole("main").getByRole("alert").filter({ hasText: "已有一个退款申请在处理中" })).toBeVisible();
  await secondTab.reload();
  await expect(secondTab.getByRole("button", { name: "提交退款申请" })).toHaveCount(0);

  const staff = await newPage(browser);
  await signIn(staff, demo.staff);
  await staff.goto("/staff/refunds");
  const request = staff.getByTestId("refund-request").filter({ hasText: offlinePayer.name });
  await expect(request).toHaveCount(1);
  await request.getByRole("checkbox").check();
  staff.once("dialog", (dialog) => void dialog.accept());
  await request.getByRole("button", { name: "批准退款" }).click();
  await expect(request).toHaveCount(0);

  // Approved but not paid out: the learner is told how the money comes back; the order is still paid.
  await learner.reload();
  await expect(learner.getByTestId("refund-lines")).toContainText("待线下打款");
  await expect(learner.getByTestId("order-status")).toHaveText("已付款");
  await staff.goto("/staff/reconciliation");
  await expect(staff.getByTestId("refund-work")).toContainText("待线下打款");
  await staff.getByTestId("refund-work").getByRole("link", { name: "去处理" }).click();
  await expect(staff).toHaveURL(/view=payouts/);
  const payout = staff.getByTestId("awaiting-payout").filter({ hasText: offlinePayer.name });
  await expect(payout).toHaveCount(1);
  expect(await seriousViolations(staff), "offline payouts").toEqual([]);
  await payout.getByLabel("凭证号 / 流水号").fill("ICBC-20261206-0071");
  await payout.getByRole("button", { name: "登记已打款" }).click();
  // Recorded: it leaves the list of payouts to make, and the confirmation stays above the list.
  await expect(payout).toHaveCount(0);
  await expect(staff.getByRole("status", { name: "操作结果" })).toContainText("已登记，学员已收到邮件。");

  await learner.reload();
  await expect(learner.getByTestId("refund-lines")).toContainText("已线下打款");
  await expect(learner.getByTestId("refund-lines")).toContainText("ICBC-20261206-0071");
  await expect(learner.getByTestId("order-status")).toHaveText("已退款");
});

test("after a transfer to a dearer cohort, the old order cannot be refunded on its own: the learner is sent to the current order", async ({ browser }) => {
  test.setTimeout(150_000);
  const learner = await newPage(browser);
  const name = "转期学员";
  const email = await signUpLearner(learner, name);
  await holdSeat(learner, 14);
  await openCheckout(learner);
  await payOnCheckoutPage(learner, "银行卡 Card");
  await expect(learner).toHaveURL(/\/learn\?enrolled=1$/, { timeout: 20_000 });

  const staff = await newPage(browser);
  await signIn(staff, demo.staff);
  await staff.goto("/staff/cohorts");
  const manage = await staff.getByRole("link", { name: "管理 第14期" }).getAttribute("href");
  await staff.goto(`${manage}/roster?q=${encodeURIComponent(email)}`);
  const row = staff.getByTestId("roster-row").filter({ hasText: name });
  // One menu per row; the transfer list preselects nothing and a full cohort cannot be picked.
  await row.getByTestId("roster-row-menu").locator("summary").click();
  const select = staff.getByLabel(`${name} · 转入期次`);
  await expect(select).toHaveValue("");
  await expect(select.locator("option", { hasText: "第13期" })).toBeDisabled();
  const sixteen = await select.locator("option", { hasText: "第16期" }).getAttribute("value");
  await select.selectOption(sixteen!);
  await staff.getByTestId("roster-row").filter({ hasText: name }).getByRole("button", { name: "转期" }).click();
  await expect(staff.getByTestId("roster-row").filter({ hasText: name }).getByRole("status")).toBeVisible();

  // The learner pays the difference from the new order.
  await learner.goto("/learn/orders");
  await learner.getByTestId("order-row").filter({ hasText: "第16期" }).getByRole("link").first().click();
  await learner
    .getByRole("link", { name: /去付款|付款/ })
    .first()
    .click();
  await payOnCheckoutPage(learner, "银行卡 Card");
  await expect(async () => {
    await learner.goto("/learn/orders");
    await expect(learner.getByTestId("order-row").filter({ hasText: "第16期" })).toContainText("已付款", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await learner.getByTestId("order-row").filter({ hasText: "第14期" }).getByRole("link").first().click();
  await expect(learner.getByTestId("seat-moved")).toContainText("已转到第16期");
  await expect(learner.getByRole("button", { name: "提交退款申请" })).toHaveCount(0);
  await learner.getByTestId("seat-moved").getByRole("link", { name: "查看当前订单" }).click();
  await expect(learner.getByTestId("refund-quote")).toBeVisible();
});
