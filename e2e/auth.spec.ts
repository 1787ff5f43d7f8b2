import { expect, test } from "@playwright/test";
import { demo, signIn, signUpSentMessage, signUpThroughInbox, uniqueEmail } from "./fixtures/users";

test("a newcomer signs up, confirms through the welcome mail, signs out and signs in again", async ({ page }) => {
  const email = uniqueEmail("signup");
  await signUpThroughInbox(page, { name: "新学员", email, password: "a-good-password" });
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { name: "我的学习" })).toBeVisible();
  await expect(page.getByTestId("header-user-name")).toHaveText("新学员");

  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  await signIn(page, email, "a-good-password");
  await expect(page.getByTestId("header-user-name")).toHaveText("新学员");
});

test("sign-up refuses bad input with messages and stores nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("姓名", { exact: true }).fill("测试");
  await page.getByLabel("邮箱", { exact: true }).fill("not-an-email");
  await page.getByLabel("密码", { exact: true }).fill("short");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("请检查标出的字段。");
  await expect(page.getByText("请输入有效的邮箱地址。")).toBeVisible();
  await expect(page.getByText("密码至少 8 位。")).toBeVisible();
  await expect(page.getByLabel("邮箱", { exact: true })).toHaveValue("not-an-email");
});

test("sign-up answers a registered address exactly like a new one, and mails the owner instead", async ({ page }) => {
  const answers: string[] = [];
  for (const email of [uniqueEmail("fresh"), demo.learner2]) {
    await page.goto("/sign-up");
    await page.getByLabel("姓名", { exact: true }).fill("冒名者");
    await page.getByLabel("邮箱", { exact: true }).fill(email);
    await page.getByLabel("密码", { exact: true }).fill("long-enough-password");
    await page.getByRole("button", { name: "注册" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(signUpSentMessage);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    answers.push(await page.getByRole("main").innerText());
  }
  expect(answers[1]).toBe(answers[0]);

  await page.goto(`/dev/mail?to=${encodeURIComponent(demo.learner2)}`);
  const mail = page.getByRole("article", { name: "有人尝试用你的邮箱注册" }).first();
  await expect(mail).toContainText("/forgot-password");
  await expect(mail.getByRole("link", { name: /token=/ })).toHaveCount(0);
  // The owner's account is untouched: their own password still works.
  await signIn(page, demo.learner2);
  await expect(page.getByTestId("header-user-name")).toHaveText("张悦");
});

test("password reset answers an unknown address exactly like a registered one", async ({ page }) => {
  const answers: string[] = [];
  for (const email of [uniqueEmail("nobody"), demo.learner2]) {
    await page.goto("/forgot-password");
    await page.getByLabel("邮箱", { exact: true }).fill(email);
    await page.getByRole("button", { name: "发送重设链接" }).click();
    await expect(page.getByRole("main").getByRole("status")).toBeVisible();
    answers.push(await page.getByRole("main").innerText());
  }
  expect(answers[1]).toBe(answers[0]);
});

test("a wrong password is refused with a clear message, then repeated failures lock the account", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUpThroughInbox(page, { name: "锁定测试", email, password: "right-password" });
  await expect(page).toHaveURL(/\/learn$/);
  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "退出登录" }).click();

  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel("密码", { exact: true }).fill("wrong-password");
    if (attempt === 1) await page.getByLabel("邮箱", { exact: true }).fill(email);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("邮箱或密码不正确。");
    await expect(page.getByRole("button", { name: "登录", exact: true })).toBeEnabled();
  }
  await page.getByLabel("密码", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("失败次数过多，请 15 分钟后再试");

  // Even the right password is refused while locked.
  await page.getByLabel("密码", { exact: true }).fill("right-password");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("失败次数过多");
});

test("magic-link sign-in through the local inbox; the link works only once", async ({ page, context }) => {
  await page.goto("/magic-link");
  await page.getByLabel("邮箱", { exact: true }).fill(demo.instructor);
  await page.getByRole("button", { name: "发送登录链接" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("如果该邮箱已注册，登录链接已发送，请查收邮件。");

  await page.goto(`/dev/mail?to=${encodeURIComponent(demo.instructor)}`);
  const mail = page.getByRole("article", { name: "你的登录链接" }).first();
  const link = mail.getByRole("link", { name: /\/verify\?token=/ });
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  await link.click();
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByTestId("header-user-name")).toHaveText("王老师");

  const other = await context.browser()!.newContext({ locale: "zh-CN" });
  const second = await other.newPage();
  await second.goto(href!);
  await second.getByRole("button", { name: "登录", exact: true }).click();
  await expect(second.getByRole("main").getByRole("alert")).toHaveText("链接已使用过，请重新申请。");
  await other.close();
});

test("password reset through the local inbox", async ({ page }) => {
  const email = uniqueEmail("reset");
  await signUpThroughInbox(page, { name: "重设测试", email, password: "old-password" });
  await expect(page).toHaveURL(/\/learn$/);
  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "退出登录" }).click();

  await page.goto("/forgot-password");
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByRole("button", { name: "发送重设链接" }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();
  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  await page.getByRole("article", { name: "重设你的密码" }).getByRole("link").click();
  await page.getByLabel("新密码", { exact: true }).fill("new-password-123");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("密码已更新，请用新密码登录。");
  await signIn(page, email, "new-password-123");
});

test("signing out ends the session on the server: a copy of the old cookie no longer opens /account", async ({ page, browser }) => {
  await signIn(page, demo.learner);
  const copied = await page.context().cookies();
  const session = copied.find((cookie) => cookie.name.includes("session-token"))!;
  expect(session).toBeTruthy();
  // Sessions last a week at most (rolled while used), not a month.
  expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(7 * 24 * 60 * 60 * 1000 + 60_000);

  const other = await browser.newContext({ locale: "zh-CN" });
  await other.addCookies(copied);
  const copy = await other.newPage();
  await copy.goto("/account");
  await expect(copy).toHaveURL(/\/account$/);

  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  await copy.goto("/account");
  await expect(copy).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  const api = await copy.request.get("/api/orders/cmxb3ttov000cil7dv4jylnhn");
  expect(api.status()).toBe(401);
  await other.close();
});
