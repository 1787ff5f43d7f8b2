import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * Everyday friction from "Every role's day, without friction": icons, an unknown certificate, the
 * review page's math, the new-cohort form, each role's home after sign-in and the graduate's exam.
 * Phone widths live in mobile.spec.ts. Nothing here changes data other specs read (the cohort form
 * is submitted with an invalid price only).
 */

/** The page's own width overflow in px (0 when nothing makes the page scroll sideways). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("every page has a favicon, an apple-touch icon and a web manifest", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/icon/);

  await page.goto("/courses");
  const icon = await page.locator('head link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(icon.length).toBeGreaterThan(0);
  const apple = await page.locator('head link[rel="apple-touch-icon"]').getAttribute("href");
  expect(apple).toBeTruthy();
  expect((await request.get(apple!)).headers()["content-type"]).toBe("image/png");
  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  const manifest = (await (await request.get(manifestHref!)).json()) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toBe("AI 训练师学院");
  for (const entry of manifest.icons) expect((await request.get(entry.src)).status(), entry.src).toBe(200);
});

test("an unknown certificate code says the certificate was not found and how to verify one", async ({ page }) => {
  for (const code of ["ABCD-EFGH-JKLM", "not-a-code"]) {
    const response = await page.goto(`/certificates/${code}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到这张证书");
    await expect(page.getByRole("main")).toContainText("证书编号");
    await expect(page.getByRole("main")).not.toContainText("页面不存在");
  }
});
