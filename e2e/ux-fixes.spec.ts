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

test("the review page renders math and Markdown within the screen", async ({ page }) => {
  await signIn(page, demo.instructor);
  await page.goto("/teach/reviews?set=math-latex-solutions&status=ALL");
  await page.getByTestId("review-entry").filter({ hasText: "李明" }).first().getByRole("link").click();
  await expect(page.getByTestId("review-learner")).toContainText("李明");
  const rewrite = page.getByRole("region", { name: "学员改写" });
  // Markdown: bold is bold, not asterisks.
  await expect(rewrite.locator("strong").first()).toHaveText("解");
  await expect(rewrite).not.toContainText("**");
  // Math: KaTeX's stylesheet is loaded (so x² is a superscript and √ bars have their width) and
  // aligned steps are a display block.
  await expect(rewrite.locator(".katex-display").first()).toBeVisible();
  expect(
    await rewrite
      .locator(".katex")
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily),
  ).toContain("KaTeX");
  await expect(page.getByRole("region", { name: "原文" }).locator(".katex").first()).toBeVisible();
  await page.getByTestId("review-gold").locator("summary").click();
  await expect(page.getByRole("region", { name: "参考改写（专家答案）" }).locator("strong").first()).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});

test("the new cohort form keeps every field after a validation error", async ({ page }) => {
  await signIn(page, demo.staff);
  await page.goto("/staff/cohorts/new");
  await page.getByLabel("校区").selectOption({ label: "杭州校区" });
  await page.getByLabel("付款被拒付（争议）期间的名额").selectOption("RELEASE");
  await page.getByLabel("状态").selectOption("DRAFT");
  await page.getByLabel("班级与人数上限").fill("A=20, B=21");
  await page.getByLabel("标价（元）").fill("not a price");
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByRole("button", { name: "新建期次" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(page.getByLabel("校区").locator("option:checked")).toHaveText("杭州校区");
    await expect(page.getByLabel("付款被拒付（争议）期间的名额")).toHaveValue("RELEASE");
    await expect(page.getByLabel("状态")).toHaveValue("DRAFT");
    await expect(page.getByLabel("班级与人数上限")).toHaveValue("A=20, B=21");
    await expect(page.getByLabel("标价（元）")).toHaveValue("not a price");
  }
});

test("each role lands on its own home after sign-in, and an explicit return path wins", async ({ browser }) => {
  for (const [email, home] of [
    [demo.learner, "/learn"],
    [demo.staff, "/staff"],
    [demo.instructor, "/teach"],
    ["coach@demo.school", "/coach"],
    ["admin@demo.school", "/staff"],
  ] as const) {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("邮箱", { exact: true }).fill(email);
    await page.getByLabel("密码", { exact: true }).fill(demo.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page, email).toHaveURL(new RegExp(`${home}$`));
    await expect(page.getByText("你还没有报名任何期次")).toHaveCount(0);
    await context.close();
  }
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/teach/reviews");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("邮箱", { exact: true }).fill(demo.instructor);
  await page.getByLabel("密码", { exact: true }).fill(demo.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/reviews$/);
  await context.close();
});

test("a graduate finds the course and the qualification test on the dashboard", async ({ page }) => {
  await signIn(page, "learner2@demo.school");
  await page.goto("/learn");
  const finished = page.getByTestId("completed-course");
  await expect(finished.first()).toContainText("第11期");
  await finished.first().getByRole("link", { name: "资格考试" }).click();
  await expect(page).toHaveURL(/\/learn\/courses\/ai-trainer\/qualification$/);
  await page.goto("/learn");
  await page.getByTestId("completed-course").first().getByRole("link", { name: "进入课程" }).click();
  await expect(page).toHaveURL(/\/learn\/courses\/ai-trainer$/);
});

test("the practice list names each set's kind and guideline in words", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice");
  const kind = page.locator('[data-set-id="general-qa-scoring"]').getByTestId("set-kind");
  await expect(kind).toHaveText("单轮对话 · 通用标注规范 第 1.0 版");
  await expect(page.getByRole("main")).not.toContainText(/single-turn|SINGLE-TURN|general v1/i);
});

test("a guideline rule's heading keeps a space between its number and its title, in both languages", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/learn/courses/ai-trainer/practice/general-qa-scoring?item=1");
  await expect(page.getByTestId("guideline-panel").getByRole("heading", { name: /^规则 1\.1 \S/ })).toHaveCount(1);
});
