import { expect, test } from "@playwright/test";
import { demo, signIn, signUpThroughInbox, uniqueEmail } from "./fixtures/users";

/**
 * `next` on the sign-in and sign-up pages says where to go afterwards. Only paths on this site
 * may come back, as the browser itself would read them, and no `next` may break the page.
 */

test("a signed-in visit to /sign-in never redirects to another host, and odd paths answer no 500", async ({ page }) => {
  await signIn(page, demo.learner);
  const cases: Array<[string, string]> = [
    ["/%09/127.0.0.1:9/phish", "/learn"],
    ["/%0A/127.0.0.1:9/phish", "/learn"],
    ["/%5C127.0.0.1:9/phish", "/learn"],
    ["/a/..//127.0.0.1:9/phish", "/learn"],
    ["/%0D%0ASet-Cookie:%20x=1", "/learn"],
    ["/%E8%AF%BE%E7%A8%8B", "/%E8%AF%BE%E7%A8%8B"],
    ["/courses?q=%E8%AF%BE%E7%A8%8B", "/courses?q=%E8%AF%BE%E7%A8%8B"],
  ];
  for (const [next, location] of cases) {
    for (const page_ of ["/sign-in", "/sign-up"]) {
      const response = await page.request.get(`${page_}?next=${next}`, { maxRedirects: 0 });
      expect(response.status(), `${page_}?next=${next}`).toBe(307);
      expect(response.headers()["location"], `${page_}?next=${next}`).toBe(location);
    }
  }
});

test("signing in with a tab-smuggled next stays on this site", async ({ page }) => {
  await page.goto("/sign-in?next=/%09/127.0.0.1:9/phish");
  await page.getByLabel("邮箱", { exact: true }).fill(demo.learner);
  await page.getByLabel("密码", { exact: true }).fill(demo.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/learn$/);
});

test("signing up with a Chinese next lands there through the welcome mail, without an error", async ({ page }) => {
  const email = uniqueEmail("next-zh");
  await signUpThroughInbox(page, { name: "回跳测试", email, password: "a-good-password", next: "/courses?from=课程" });
  await expect(page).toHaveURL(/\/courses\?from=%E8%AF%BE%E7%A8%8B$/);
  await expect(page.getByTestId("header-user-name")).toHaveText("回跳测试");
});

test("signing in with next=/课程 goes to that (missing) page, not to an error", async ({ page }) => {
  await page.goto("/sign-in?next=/%E8%AF%BE%E7%A8%8B");
  await page.getByLabel("邮箱", { exact: true }).fill(demo.learner);
  await page.getByLabel("密码", { exact: true }).fill(demo.password);
  const response = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in"));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  expect((await response).status()).toBeLessThan(500);
  await expect(page).toHaveURL(/\/%E8%AF%BE%E7%A8%8B$/);
});
