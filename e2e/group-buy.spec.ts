import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { payOnCheckoutPage, signUpLearner } from "./fixtures/learners";
import { demo, signIn } from "./fixtures/users";

/** A learner in their own browser (own cookies), signed up through the real form. */
async function learner(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await signUpLearner(page, name);
  return page;
}

async function startGroup(page: Page, cohort: number, price: string, method: "银行卡 Card" | "支付宝 Alipay" | "微信支付 WeChat Pay"): Promise<string> {
  await page.goto(`/courses/ai-trainer/${cohort}`);
  await page.getByRole("button", { name: `发起拼团 ${price}` }).click();
  await expect(page.getByRole("heading", { name: "确认付款 Checkout" })).toBeVisible();
  await expect(page.locator("#amount-total")).toHaveText(`${price}.00`);
  await payOnCheckoutPage(page, method);
  await expect(page).toHaveURL(/\/groups\/[0-9A-Z]+\?checkout=done$/, { timeout: 20_000 });
  return new URL(await page.getByLabel("拼团链接").inputValue()).pathname;
}

async function joinGroup(page: Page, path: string, price: string, method: "银行卡 Card" | "支付宝 Alipay" | "微信支付 WeChat Pay"): Promise<void> {
  await page.goto(path);
  await page.getByRole("button", { name: `参团并支付 ${price}` }).click();
  await expect(page.getByRole("heading", { name: "确认付款 Checkout" })).toBeVisible();
  await payOnCheckoutPage(page, method);
  await expect(page).toHaveURL(new RegExp(`${path}\\?checkout=done$`), { timeout: 20_000 });
}

async function latestOrder(page: Page) {
  await page.goto("/learn/orders");
  return page.getByTestId("order-row").first();
}

test("three learners in their own browsers form a group and are all enrolled at the group price", async ({ browser }) => {
  test.setTimeout(180_000);
  const price = "¥23,999"; // 第16期: list ¥25,999, group ¥23,999
  const leader = await learner(browser, "甲同学");
  const path = await startGroup(leader, 16, price, "银行卡 Card");
  await expect(leader.getByTestId("my-group-place")).toContainText("已预授权");
  await expect(leader.getByTestId("places-left")).toHaveText("还差 2 人");
  await expect(leader.getByRole("img", { name: "本团链接的二维码" })).toBeVisible();
  await expect(leader.getByTestId("group-countdown")).toHaveText(/\d+天 \d\d时 \d\d分 \d\d秒/);
  expect(await seriousViolations(leader), "group page").toEqual([]);

  // A friend opening the link sees where and when, and the schedule; on a phone the system share
  // sheet is offered instead of a QR code to scan with the same phone.
  const friend = await browser.newPage({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
  await friend.addInitScript(() => {
    Object.defineProperty(navigator, "share", { value: async () => undefined, configurable: true });
  });
  await friend.goto(path);
  await expect(friend.getByTestId("group-when-where")).toContainText(/北京校区 · .+ 至 .+，共 10 次课/);
  await expect(friend.getByRole("heading", { name: "课程安排（北京时间）" })).toBeVisible();
  await expect(friend.getByTestId("share-sheet")).toBeVisible();
  await expect(friend.getByTestId("group-qr")).toBeHidden();
  expect(await friend.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await friend.close();

  const second = await learner(browser, "乙同学");
  await second.goto(path);
  await expect(second.getByTestId("group-members")).toContainText("甲**");
  await expect(second.getByTestId("group-members")).not.toContainText("甲同学");
  await joinGroup(second, path, price, "支付宝 Alipay");
  await expect(second.getByTestId("my-group-place")).toContainText("已支付");
  await expect(second.getByTestId("places-left")).toHaveText("还差 1 人");

  const third = await learner(browser, "丙同学");
  await joinGroup(third, path, price, "银行卡 Card");
  await expect(third.getByText("已成团！")).toBeVisible({ timeout: 20_000 });

  for (const page of [leader, second, third]) {
    await page.goto(path);
    await expect(page.getByText("已成团！")).toBeVisible();
    await expect(page.getByTestId("my-group-place")).toContainText("已报名");
    await page.goto("/learn");
    await expect(page.getByRole("article", { name: /第16期 · 北京校区/ })).toContainText(/[AB]班/);
    const order = await latestOrder(page);
    await expect(order).toContainText(`${price}.00`);
    await expect(order).toContainText("已付款");
  }
});

test("a group that fails (settled early by staff): the card hold is cancelled, the wallet payment refunded, the seats released", async ({ browser }) => {
  test.setTimeout(150_000);
  const price = "¥21,999"; // 第14期: list ¥23,999, group ¥21,999
  const leader = await learner(browser, "丁同学");
  const path = await startGroup(leader, 14, price, "银行卡 Card");
  const member = await learner(browser, "戊同学");
  await joinGroup(member, path, price, "微信支付 WeChat Pay");
  await expect(member.getByTestId("my-group-place")).toContainText("已支付");

  const staffContext = await browser.newContext({ locale: "zh-CN" });
  const staff = await staffContext.newPage();
  await signIn(staff, demo.staff);
  await staff.goto("/staff/group-buys?status=OPEN");
  const code = path.split("/").pop()!;
  const group = staff.getByTestId("staff-group").filter({ hasText: code });
  await expect(group).toContainText("丁同学");
  await expect(group).toContainText("戊同学");
  expect(await seriousViolations(staff), "staff group-buys").toEqual([]);
  let asked = "";
  staff.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await group.getByRole("button", { name: "立即结算" }).click();
  expect(asked).toMatch(new RegExp(`立即结算团 ${code}？\\d+ 人已付款或预授权，共 ¥`));
  // When the action has finished, the group leaves the list of open groups.
  await expect(group).toHaveCount(0, { timeout: 30_000 });
  // The card is gone; the confirmation stays in the page's status region until dismissed.
  const notices = staff.getByRole("status", { name: "操作结果" });
  await expect(notices).toContainText(`团 ${code} 已结算。`);
  await notices.getByRole("button", { name: `关闭提示: 团 ${code} 已结算。` }).click();
  await expect(notices).not.toContainText(`团 ${code} 已结算。`);
  await expect(async () => {
    await staff.goto("/staff/group-buys");
    await expect(staff.getByTestId("staff-group").filter({ hasText: code }).getByTestId("staff-group-status")).toHaveText("已结算", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await leader.goto(path);
  await expect(leader.getByText(/没有在截止前凑齐人数/)).toBeVisible();
  await expect(leader.getByRole("link", { name: "按原价 ¥23,999.00 报名" })).toBeVisible();
  await expect(await latestOrder(leader)).toContainText("已取消");
  await expect(await latestOrder(member)).toContainText("已退款");
  // Their seats are free again: both may start a new group or enrol at the list price.
  for (const page of [leader, member]) {
    await page.goto("/courses/ai-trainer/14");
    await expect(page.getByRole("button", { name: `发起拼团 ${price}` })).toBeVisible();
    await page.goto("/learn");
    await expect(page.getByTestId("group-place")).toHaveCount(0);
  }
});
