import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * Every role's everyday pages on a phone (375 px): the page itself never scrolls sideways. Wide
 * tables and charts scroll inside their own box instead. On failure the message names the elements
 * that stick out.
 */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: "zh-CN", isMobile: true, hasTouch: true });
  return context.newPage();
}

async function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const box = element.getBoundingClientRect();
      if (box.right <= width + 1 || box.width === 0) continue;
      // Inside a box that scrolls or clips sideways, sticking out is that box's business.
      let parent = element.parentElement;
      let contained = false;
      while (parent && parent !== document.body) {
        const style = getComputedStyle(parent);
        if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) {
          contained = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (!contained) culprits.push(`${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} → ${Math.round(box.right)}px`);
    }
    return { overflow: document.documentElement.scrollWidth - width, culprits: culprits.slice(0, 5) };
  });
}

async function expectFits(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    const { overflow, culprits } = await sideways(page);
    expect(overflow, `${path} scrolls sideways: ${culprits.join(" | ")}`).toBeLessThanOrEqual(0);
  }
}

test("a learner's pages fit a phone screen", async ({ browser }) => {
  const page = await phone(browser);
  await signIn(page, demo.learner);
  await expectFits(page, [
    "/learn",
    "/learn/orders",
    "/account",
    "/learn/courses/ai-trainer",
    "/courses/ai-trainer/lessons/03-scoring-correctness-and-comprehensiveness",
    "/learn/courses/ai-trainer/practice",
    "/learn/courses/ai-trainer/practice/general-qa-scoring",
    "/learn/courses/ai-trainer/practice/customer-service-intent-drift",
    "/learn/courses/ai-trainer/calibration",
  ]);
  await page.context().close();
});

test("an instructor's pages fit a phone screen", async ({ browser }) => {
  const page = await phone(browser);
  await signIn(page, demo.instructor);
  await expectFits(page, ["/teach", "/teach/classes", "/teach/reviews", "/teach/analytics", "/teach/exports", "/teach/courses/ai-trainer"]);
  await page.context().close();
});

test("staff pages fit a phone screen", async ({ browser }) => {
  const page = await phone(browser);
  await signIn(page, demo.staff);
  await expectFits(page, [
    "/staff",
    "/staff/cohorts",
    "/staff/cohorts/new",
    "/staff/refunds",
    "/staff/group-buys",
    "/staff/ledger",
    "/staff/reconciliation",
    "/staff/coaches",
  ]);
  // A running cohort's page, roster and attendance (the widest tables).
  await page.goto("/staff/cohorts");
  const cohort = await page.locator('a[href^="/staff/cohorts/"]:not([href$="/new"])').first().getAttribute("href");
  expect(cohort).toMatch(/^\/staff\/cohorts\/\w+$/);
  await expectFits(page, [`${cohort}`, `${cohort}/roster`, `${cohort}/attendance`]);
  await page.context().close();
});

/** Everything the locator matches is on screen without scrolling anything sideways (left ≥ 0, right ≤ the viewport). */
async function expectOnScreen(page: Page, selector: string): Promise<void> {
  const boxes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { text: (element.textContent ?? "").trim().slice(0, 40), left: Math.round(box.left), right: Math.round(box.right) };
    }),
  );
  expect(boxes.length, selector).toBeGreaterThan(0);
  const width = page.viewportSize()!.width;
  const off = boxes.filter((box) => box.left < 0 || box.right > width + 1);
  expect(off, `${selector} off-screen at ${width}px`).toEqual([]);
}

test("wide lists become cards on a 390 px phone: orders and the review queue show status and actions", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, demo.learner);
  await expectFits(page, ["/learn/orders"]);
  await expectOnScreen(page, '[data-testid="order-row"] td, [data-testid="order-row"] a');

  await page.context().clearCookies();
  await signIn(page, demo.instructor);
  await expectFits(page, ["/teach/reviews?status=ALL"]);
  await expectOnScreen(page, '[data-testid="review-entry"] td, [data-testid="review-entry"] a');
  await page.getByTestId("review-entry").first().getByRole("link").click();
  await expect(page.getByTestId("review-learner")).toBeVisible();
  const { overflow, culprits } = await sideways(page);
  expect(overflow, `review page scrolls sideways: ${culprits.join(" | ")}`).toBeLessThanOrEqual(0);
  await context.close();
});

test("every page named in “Every role's day” fits a 390 px phone, and the ledger becomes cards", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // Public pages: the catalog, a cohort to buy from (with and without group-buy, full), an unknown certificate.
  await expectFits(page, ["/courses", "/courses/ai-trainer", "/courses/ai-trainer/14", "/courses/ai-trainer/13", "/courses/ai-trainer/15"]);
  await page.goto("/certificates/ABCD-EFGH-JKLM");
  expect((await sideways(page)).overflow).toBeLessThanOrEqual(0);

  await signIn(page, demo.learner);
  await expectFits(page, [
    "/learn/courses/ai-trainer/practice/reward-preference-pairs",
    "/learn/courses/ai-trainer/practice/task-assistant-context-loss",
    "/learn/courses/ai-trainer/practice/math-latex-solutions",
  ]);
  await page.goto("/learn/orders");
  const receipt = page.getByRole("link", { name: "查看收据" }).first();
  if (await receipt.count()) {
    await expectFits(page, [(await receipt.getAttribute("href"))!]);
    await page.goto("/learn/orders");
    await expectFits(page, [(await page.getByTestId("order-row").first().getByRole("link").first().getAttribute("href"))!]);
  }

  await page.context().clearCookies();
  await signIn(page, "learner2@demo.school");
  await expectFits(page, ["/learn", "/learn/courses/ai-trainer/qualification"]);

  await page.context().clearCookies();
  await signIn(page, demo.staff);
  await expectFits(page, [
    "/staff/invoices",
    "/staff/invoices?view=all",
    "/staff/refunds?view=decided",
    "/staff/refunds?view=payouts",
    "/staff/group-buys?status=OPEN",
  ]);
  await expectFits(page, ["/staff/ledger"]);
  await expectOnScreen(page, '[data-testid="ledger-order"] td');
  await page.goto("/staff/group-buys");
  const group = page.locator('a[href^="/groups/"]').first();
  if (await group.count()) await expectFits(page, [(await group.getAttribute("href"))!]);

  await page.context().clearCookies();
  await signIn(page, "admin@demo.school");
  await expectFits(page, ["/staff/audit", "/staff/users"]);
  await context.close();
});

test("every back-office table is a list of cards on a 390 px phone: roster, coaching, cohort totals, users", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, demo.staff);
  await page.goto("/staff/cohorts");
  const cohort = await page.getByRole("link", { name: "管理 第12期" }).getAttribute("href");
  await expectFits(page, [`${cohort}/roster`]);
  // The row's header (the name) and its cells, actions included, are all on screen.
  await expectOnScreen(page, '[data-testid="roster-row"] th, [data-testid="roster-row"] td');
  await expectFits(page, ["/staff/coaches"]);
  await expectOnScreen(page, '[data-testid="coach-assignment"] th, [data-testid="coach-assignment"] td');
  await expectFits(page, ["/staff/ledger"]);
  await expectOnScreen(page, '[data-testid="cohort-totals"] tbody th, [data-testid="cohort-totals"] tfoot td');

  await page.context().clearCookies();
  await signIn(page, "coach@demo.school");
  await expectFits(page, ["/coach"]);
  await expectOnScreen(page, '[data-testid="coach-learner"] th, [data-testid="coach-learner"] td');

  await page.context().clearCookies();
  await signIn(page, "admin@demo.school");
  await expectFits(page, ["/staff/users"]);
  await expectOnScreen(page, '[data-testid="user-row"] th, [data-testid="user-row"] td');
  await context.close();
});
