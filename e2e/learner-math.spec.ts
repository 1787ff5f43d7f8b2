import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * Learner math is typeset with capped sizes in a panel that clips it: a formula cannot draw a box
 * over the header (the same MathPreview shows the rewrite on the reviewer's page).
 */
test("a huge \\rule in a rewrite stays inside its preview and the header stays clickable", async ({ page }) => {
  await signIn(page, demo.learner);
  for (let item = 1; item <= 10; item++) {
    await page.goto(`/learn/courses/ai-trainer/practice/math-latex-solutions?item=${item}`);
    if (await page.locator("textarea[data-field]").count()) break;
  }
  // 李明's seeded rewrite comes back as submitted: a new attempt opens the fields again.
  const retry = page.getByRole("button", { name: "再做一次" });
  if (await retry.count()) await retry.click();
  await page.locator("textarea[data-field]").fill("改写：$\\rule[-300em]{200em}{400em}$ 以及 $$\\rule{200em}{400em}$$ 和 $x^2$");
  const preview = page.getByTestId("rewrite-preview");
  await expect(preview.locator(".katex").first()).toBeVisible();

  const panel = (await preview.boundingBox())!;
  for (const box of await preview.locator(".rule").evaluateAll((rules) => rules.map((rule) => rule.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeLessThanOrEqual(panel.width);
    expect(box.height).toBeLessThanOrEqual(200);
  }
  // Whatever the formula draws is painted only inside the panel: the header is on top where it is.
  await page.evaluate(() => window.scrollTo(0, 0));
  const headerOnTop = await page.evaluate(() => {
    const header = document.querySelector("header")!;
    const { left, top, width, height } = header.getBoundingClientRect();
    const hit = document.elementFromPoint(left + width / 2, top + height / 2);
    return Boolean(hit && header.contains(hit));
  });
  expect(headerOnTop).toBe(true);
  await expect(page.getByRole("banner").getByRole("link").first()).toBeVisible();
});
