import { expect, test } from "@playwright/test";
import { signUpThroughInbox, uniqueEmail } from "./fixtures/users";

test("the language switch changes the whole UI and is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("become an AI trainer");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: /简体中文/ }).click();
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("an English browser gets English by default", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("the account page changes name, language and password; the header follows at once", async ({ page }) => {
  const email = uniqueEmail("account");
  await signUpThroughInbox(page, { name: "原名", email, password: "first-password" });
  await expect(page).toHaveURL(/\/learn$/);

  await page.goto("/account");
  await page.getByLabel("姓名", { exact: true }).fill("新名字");
  await page.getByLabel("界面语言", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("header-user-name")).toHaveText("新名字");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();

  const passwordForm = page.getByRole("region", { name: "Change password" });
  await passwordForm.getByLabel("Current password", { exact: true }).fill("wrong-one");
  await passwordForm.getByLabel("New password", { exact: true }).fill("second-password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("alert")).toHaveText("Your current password is not correct.");

  await passwordForm.getByLabel("Current password", { exact: true }).fill("first-password");
  await passwordForm.getByLabel("New password", { exact: true }).fill("second-password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toContainText("Password changed");
  await page.reload();
  await expect(page.getByTestId("header-user-name")).toHaveText("新名字");
});
