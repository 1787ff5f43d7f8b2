import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { listServerActions } from "./authorization/enumerate";
import { demo, signIn } from "./fixtures/users";

test("a learner opening a staff page gets the forbidden page", async ({ page }) => {
  await signIn(page, demo.learner);
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "运营后台" })).toHaveCount(0);
});

test("staff see the back office link and page", async ({ page }) => {
  await signIn(page, demo.staff);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "运营后台" }).click();
  await expect(page.getByRole("heading", { name: "运营后台" })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and comes back afterwards", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await page.getByLabel("邮箱", { exact: true }).fill(demo.learner);
  await page.getByLabel("密码", { exact: true }).fill(demo.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("an unknown page shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test('the cached lesson renderer, callable by POST as every "use cache" function is, gives an anonymous caller no lesson body', async ({ request }) => {
  // Its id from the build (a name, not a secret: never rely on an action id being unknown); the arguments as the page passes them.
  const renderer = listServerActions().find((action) => action.file === "components/lessons/render-lesson-cached.ts");
  expect(renderer?.id, "the build registers the cached renderer").toBeTruthy();
  const lesson = "07-multi-turn-context-and-consistency";
  const source = readFileSync(`content/courses/ai-trainer/lessons/${lesson}.mdx`, "utf8");
  const version = `${lesson}.mdx:${createHash("sha256").update(source).digest("hex").slice(0, 32)}`;
  const phrase = source
    .split("\n")
    .find((line) => /^[\u4e00-\u9fff]{12,}/.test(line.trim()))!
    .trim()
    .slice(0, 12);
  for (const proof of ["", "forged", "A".repeat(43)]) {
    const response = await request.post(`/courses/ai-trainer/lessons/${lesson}`, {
      headers: { "Next-Action": renderer!.id!, "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(test.info().project.use.baseURL!).origin },
      data: JSON.stringify(["ai-trainer", lesson, "zh", version, proof]),
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toContain(phrase);
  }
});
