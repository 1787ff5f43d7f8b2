import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

// Read-only checks: safe to run beside other specs on the same database.
const admin = "admin@demo.school";

test("staff filter the ledger by 第12期 and bank transfers, see the seeded offline orders, a total and a CSV", async ({ page }) => {
  await signIn(page, demo.staff);
  await page.goto("/staff/ledger");
  await expect(page.getByRole("heading", { name: "收款台账", level: 1 })).toBeVisible();
  await page.getByLabel("期次", { exact: true }).selectOption({ label: "第12期 · 北京校区" });
  await page.getByLabel("支付方式", { exact: true }).selectOption({ label: "线下转账" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/cohortId=.+&method=offline/);

  const orders = page.getByTestId("ledger-order");
  await expect(orders.first()).toBeVisible();
  expect(await orders.count()).toBeGreaterThanOrEqual(21);
  await expect(page.getByTestId("ledger-orders")).toContainText("李明");
  await expect(page.getByTestId("ledger-orders")).toContainText("learner@demo.school");
  await expect(orders.first()).toContainText("线下转账");
  await expect(orders.first()).toContainText("已付款");
  await expect(orders.first()).toContainText("第12期");

  const totals = page.getByTestId("cohort-totals");
  await expect(totals).toContainText("第12期 · 北京校区");
  await expect(page.getByTestId("net-total")).toHaveText(/^¥[\d,]+\.00$/);
  await expect(page.getByTestId("net-total")).not.toHaveText("¥0.00");
  expect(await seriousViolations(page), "ledger").toEqual([]);

  const href = await page.getByRole("link", { name: "导出 CSV" }).getAttribute("href");
  expect(href).toMatch(/^\/api\/staff\/ledger\.csv\?cohortId=.+&method=offline$/);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain("\r\n");
  expect(body).toContain("learner@demo.school");
  expect(body).toContain("线下转账");
});

test("an instructor cannot open the ledger or the reconciliation; staff see the reconciliation but not the audit log", async ({ browser }) => {
  const instructor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(instructor, demo.instructor);
  for (const path of ["/staff/ledger", "/staff/reconciliation", "/api/staff/ledger.csv"]) {
    const response = await instructor.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await instructor.goto("/staff/ledger");
  await expect(instructor.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(instructor.getByText("李明")).toHaveCount(0);

  const staff = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(staff, demo.staff);
  await staff.goto("/staff/reconciliation");
  await expect(staff.getByRole("heading", { name: "对账", level: 1 })).toBeVisible();
  await expect(staff.getByText(/已与 Stripe 核对最近 \d+ 笔付款|暂时无法连接 Stripe/)).toBeVisible();
  // The seeded seats are paid by bank transfer: 李明 is not an "enrollment without payment".
  await expect(staff.getByText("learner@demo.school")).toHaveCount(0);
  expect(await seriousViolations(staff), "reconciliation").toEqual([]);
  await staff.goto("/staff/audit");
  await expect(staff.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("an admin opens the audit log and filters it by action", async ({ page }) => {
  await signIn(page, admin);
  await page.goto("/staff/audit");
  await expect(page.getByRole("heading", { name: "操作日志", level: 1 })).toBeVisible();
  for (const label of ["操作人邮箱", "操作（前缀，如 refund.）", "对象类型", "对象 ID", "日期从", "日期至"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await page.getByLabel("操作（前缀，如 refund.）", { exact: true }).fill("ledger.");
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/action=ledger\./);
  await expect(page.getByTestId("audit-log").or(page.getByText("没有符合条件的记录。"))).toBeVisible();
  expect(await seriousViolations(page), "audit log").toEqual([]);
});
