import { expect, test } from "@playwright/test";
import { holdSeat, openCheckout, payOnCheckoutPage, signUpLearner } from "./fixtures/learners";
import { demo, signIn } from "./fixtures/users";

/**
 * The receipt a learner files with their employer: printable, with the school's details and a
 * human order number, and a 发票 request that staff see and mark issued.
 */
test("a receipt has a print button, the school's details and an order number; a 发票 request reaches staff", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpLearner(page, "发票学员");
  await holdSeat(page, 16);
  await openCheckout(page);
  await payOnCheckoutPage(page, "银行卡 Card");
  await expect(page).toHaveURL(/\/learn\?enrolled=1$/, { timeout: 20_000 });
  await page.goto("/learn/orders");
  await page.getByTestId("order-row").first().getByRole("link", { name: "查看收据" }).click();
  await expect(page).toHaveURL(/\/learn\/orders\/[^/]+\/receipt$/);
  const orderId = page.url().split("/").at(-2)!;

  await expect(page.getByRole("button", { name: "打印收据" })).toBeVisible();
  await expect(page.getByTestId("receipt-issuer")).toContainText("纳税人识别号");
  await expect(page.getByTestId("receipt-number")).toHaveText(/^AT-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
  await expect(page.locator("article")).not.toContainText(orderId);

  const invoice = page.getByTestId("invoice-section");
  await invoice.getByLabel("发票抬头").fill("示例科技有限公司");
  await invoice.getByLabel("纳税人识别号").fill("123");
  await invoice.getByRole("button", { name: "提交发票申请" }).click();
  await expect(invoice.getByText("纳税人识别号为 15–20 位字母或数字。")).toBeVisible();
  await invoice.getByLabel("纳税人识别号").fill("91310000MA1FL0000X");
  await invoice.getByRole("button", { name: "提交发票申请" }).click();
  await expect(invoice.getByText("已收到你的发票申请")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("invoice-status")).toContainText("示例科技有限公司");

  const staff = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(staff, demo.staff);
  await staff.goto("/staff");
  await staff.getByRole("link", { name: /发票申请/ }).click();
  const row = staff.getByTestId("invoice-request").filter({ hasText: "示例科技有限公司" });
  await expect(row).toContainText("91310000MA1FL0000X");
  await expect(row).toContainText(/AT-\d{8}-/);
  await row.getByRole("button", { name: "标记为已开具" }).click();
  // Issued requests leave the waiting list and show under 已开具.
  await expect(row).toHaveCount(0);
  await staff.goto("/staff/invoices?view=issued");
  await expect(staff.getByTestId("invoice-request").filter({ hasText: "示例科技有限公司" })).toContainText(/已开具 · .+开具/);

  await page.reload();
  await expect(page.getByTestId("invoice-status")).toContainText("发票已于");
  await expect(page.getByLabel("发票抬头")).toHaveCount(0);
});
