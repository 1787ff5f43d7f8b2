import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

const index = "/zh/courses/ai-trainer/guidelines/general";

test("a rule document lists its chapters and rules, and each chapter is a page of its own with its rules", async ({ page }) => {
  await page.goto(index);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("通用标注规范");
  const contents = page.getByRole("region", { name: "章节与规则" });
  await expect(contents.getByRole("link", { name: /^\d \S/ })).toHaveCount(5);
  await expect(contents.getByRole("link", { name: "规则 2.3 无幻觉/无编造" })).toBeVisible();
  // The rules themselves are on the chapter pages (a whole document was 50–150 KB).
  await expect(page.getByRole("heading", { name: /^规则 \d/ })).toHaveCount(0);

  await contents.getByRole("link", { name: "2 正确性 · Correctness" }).click();
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/guidelines\/general\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2 正确性 · Correctness");
  await expect(page).toHaveTitle(/^2 正确性 · Correctness · 通用标注规范/);
  await expect(page.getByRole("heading", { level: 3, name: /^规则 2\.1 事实准确/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^规则 1\.1 / })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "本规范的章节" }).getByRole("link", { name: "2 正确性 · Correctness" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const response = await page.request.get(`${index}/2`);
  expect(response.headers()["cache-control"]).toMatch(/public/);

  const pager = page.getByRole("navigation", { name: "上一章与下一章" });
  await pager.getByRole("link", { name: /下一章/ }).click();
  await expect(page).toHaveURL(/\/general\/3$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("3 全面性 · Completeness");
  await page
    .getByRole("navigation", { name: "上一章与下一章" })
    .getByRole("link", { name: /上一章/ })
    .click();
  await expect(page).toHaveURL(/\/general\/2$/);

  await page.getByRole("navigation", { name: "所在规范" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${index}$`));
});

test("a link to a rule on the document's address lands on the rule in its chapter", async ({ page }) => {
  // What RuleLink in a lesson and bookmarks of the one-page document point at.
  await page.goto(`${index}#rule-2-3`);
  await expect(page).toHaveURL(/\/general\/2#rule-2-3$/);
  await expect(page.getByRole("heading", { level: 3, name: /^规则 2\.3 / })).toBeInViewport();

  await page.getByRole("navigation", { name: "所在规范" }).getByRole("link").click();
  await page.getByRole("region", { name: "章节与规则" }).getByRole("link", { name: "规则 4.2 不协助违法与有害行为，拒答有分寸" }).click();
  await expect(page).toHaveURL(/\/general\/4#rule-4-2$/);
  await expect(page.getByRole("heading", { level: 3, name: /^规则 4\.2 / })).toBeInViewport();
});

test("a chapter reads in English, formulas are MathML, an unknown chapter is a 404, and a signed-in learner gets it uncached", async ({ page }) => {
  await page.goto("/en/courses/ai-trainer/guidelines/general/2");
  await expect(page.getByRole("heading", { level: 3, name: "Rule 2.1 Factual accuracy 事实准确" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Previous and next chapter" }).getByRole("link", { name: /Next chapter/ })).toBeVisible();

  // MathML, drawn with the system's math font: no KaTeX stylesheet or web font is loaded for it.
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  await page.goto("/zh/courses/ai-trainer/guidelines/math/1");
  await expect(page.locator(".lesson-prose math").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fonts.filter((url) => url.includes("KaTeX"))).toEqual([]);

  for (const chapter of ["99", "0", "x", "1.5"]) expect((await page.request.get(`${index}/${chapter}`)).status(), chapter).toBe(404);
  expect((await page.request.get("/zh/courses/ai-trainer/guidelines/no-such/1")).status()).toBe(404);

  await signIn(page, demo.learner);
  await page.goto("/courses/ai-trainer/guidelines/general/2");
  await expect(page).toHaveURL(/\/zh\/courses\/ai-trainer\/guidelines\/general\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2 正确性 · Correctness");
  expect((await page.request.get(`${index}/2`)).headers()["cache-control"]).toMatch(/private/);
});
