import { expect, test, type Page } from "@playwright/test";
import { signUpLearner } from "./fixtures/learners";
import { signIn, signUpSentMessage, uniqueEmail } from "./fixtures/users";

/**
 * Seats go to verified addresses only: a learner who signed up and signed in with the password
 * (without following the welcome mail's link) is told why on the cohort and group pages, sends
 * the verification mail from there, follows it through the local inbox and can then hold a seat.
 */
test("an unverified learner is asked to confirm the email, confirms it from the inbox, then holds a seat", async ({ page }) => {
  const email = uniqueEmail("unverified");
  await page.goto("/sign-up");
  await page.getByLabel("姓名", { exact: true }).fill("未确认");
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill("unverified-password");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(signUpSentMessage);

  // Password sign-in works before the address is confirmed …
  await signIn(page, email, "unverified-password");

  // … but the cohort page offers no seat, only the verification mail.
  await page.goto("/courses/ai-trainer/15");
  const notice = page.getByTestId("verify-email");
  await expect(notice.getByRole("heading", { name: "先确认邮箱，再报名" })).toBeVisible();
  await expect(notice).toContainText(email);
  await expect(page.getByRole("button", { name: /报名（保留名额/ })).toHaveCount(0);

  // No group-buy can be started either (cohort 14 runs one).
  await page.goto("/courses/ai-trainer/14");
  await expect(page.getByTestId("verify-email")).toBeVisible();
  await expect(page.getByRole("button", { name: /发起拼团/ })).toHaveCount(0);

  await page.goto("/courses/ai-trainer/15");
  await notice.getByRole("button", { name: "发送确认邮件" }).click();
  await expect(notice.getByRole("status")).toHaveText("确认邮件已发送，请查收（几分钟内没有收到的话，请检查垃圾邮件）。");

  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  await page
    .getByRole("article", { name: "确认你的邮箱" })
    .getByRole("link", { name: /\/verify\?token=/ })
    .click();
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/courses\/ai-trainer\/15$/);
  await expect(page.getByTestId("verify-email")).toHaveCount(0);
  await page.getByRole("button", { name: /报名（保留名额/ }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByTestId("seat-hold")).toBeVisible();
});

test("a group page asks an unverified visitor (English) to confirm the email instead of joining", async ({ browser, page }) => {
  // A verified learner starts a group on cohort 16 (and leaves the checkout open).
  await signUpLearner(page, "团长");
  await page.goto("/courses/ai-trainer/16");
  await page.getByRole("button", { name: /发起拼团/ }).click();
  await expect(page.getByRole("heading", { name: "确认付款 Checkout" })).toBeVisible();
  await page.goto("/courses/ai-trainer/16");
  const href = (await page.getByRole("link", { name: "查看拼团" }).getAttribute("href"))!;

  const context = await browser.newContext({ locale: "en-US" });
  const visitor = await context.newPage();
  const email = uniqueEmail("unverified-en");
  await visitor.goto("/sign-up");
  await visitor.getByLabel("Name", { exact: true }).fill("Unverified");
  await visitor.getByLabel("Email", { exact: true }).fill(email);
  await visitor.getByLabel("Password", { exact: true }).fill("unverified-password");
  await visitor.getByRole("button", { name: "Sign up" }).click();
  await expect(visitor.getByRole("main").getByRole("status")).toBeVisible();
  await signInEnglish(visitor, email);
  await visitor.goto(href);
  const notice = visitor.getByTestId("verify-email");
  await expect(notice.getByRole("heading", { name: "Confirm your email to enroll" })).toBeVisible();
  await expect(notice.getByRole("button", { name: "Send confirmation email" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: /Join and pay/ })).toHaveCount(0);
  await context.close();
});

async function signInEnglish(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("unverified-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/learn$/);
}
