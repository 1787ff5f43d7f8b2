import { expect, test } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

const publicPages = [
  "/",
  "/courses",
  "/courses/ai-trainer",
  "/courses/ai-trainer/14",
  "/courses/ai-trainer/competencies",
  "/courses/ai-trainer/syllabus",
  "/courses/ai-trainer/guidelines/general",
  "/courses/ai-trainer/guidelines/math/1",
  "/sign-in",
  "/sign-up",
  "/magic-link",
];

test("public pages have no serious accessibility violations", async ({ page }) => {
  for (const path of publicPages) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("the learner's pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, demo.learner);
  for (const path of ["/learn", "/learn/orders", "/account"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("pages fit a phone screen without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: "zh-CN", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of publicPages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("the keyboard reaches the main content through the skip link", async ({ page }) => {
  await page.goto("/courses");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
