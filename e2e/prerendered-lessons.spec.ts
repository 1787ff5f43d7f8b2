import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";
import { signUpLearner } from "./fixtures/learners";

// 张悦 (learner2) graduated from 第11期: the course's lessons are open to her, and no other test counts her progress.
const course = "/courses/ai-trainer/lessons";
const firstLesson = `${course}/02-reading-rule-documents`;
const secondLesson = `${course}/05-single-turn-walkthrough`;

/** Opens a lesson through the checked page and waits for the grant its page renews. */
async function openFirstLesson(page: Page, lesson = firstLesson): Promise<void> {
  const stateCall = page.waitForResponse((response) => response.url().includes("/api/lessons/state") && response.status() === 200);
  await page.goto(lesson);
  await expect(page.getByTestId("lesson-body")).toBeVisible();
  await stateCall;
  expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain("lesson-grant");
}

test("after the first lesson, a reader's lessons are served prerendered, with their own menu and completion", async ({ page }) => {
  await signIn(page, demo.learner2);
  await openFirstLesson(page);

  const response = await page.goto(secondLesson);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(await response?.text()).toContain("prerendered-lessons");
  await expect(page.getByRole("heading", { level: 1, name: "单轮对话项目全流程实操" })).toBeVisible();
  // The menu and the completion come from the reader's state call: hers, not anyone's.
  await expect(page.getByTestId("header-user-name")).toHaveText("张悦");
  // Not completed yet (a fresh database): the button, then "completed" without a reload.
  await page.getByRole("button", { name: "标记为已完成" }).click();
  await expect(page.getByRole("main").getByText("✓ 已完成")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("main").getByText("✓ 已完成")).toBeVisible();
  await expect(page.getByRole("button", { name: "标记为已完成" })).toHaveCount(0);

  // A reader in English gets the English prerendered page (the language cookie, as the switch sets it).
  await page.context().addCookies([{ name: "locale", value: "en", url: new URL(page.url()).origin }]);
  await page.goto(secondLesson);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("main").getByText("✓ Completed")).toBeVisible();
});

test("a grant never opens a locked lesson", async ({ page }) => {
  await signIn(page, demo.learner);
  await openFirstLesson(page, `${course}/03-scoring-correctness-and-comprehensiveness`);
  await page.goto(`${course}/17-interview-and-trial-task`);
  await expect(page.getByRole("heading", { name: "这节课还没解锁" })).toBeVisible();
  expect(await page.content()).not.toContain("常见招聘流程");
});

test("a grant is worthless without its own session", async ({ page, browser }) => {
  await signIn(page, demo.learner2);
  await openFirstLesson(page);
  const grant = (await page.context().cookies()).find((cookie) => cookie.name === "lesson-grant")!;

  // Another learner, not enrolled, with 张悦's grant: the lesson is checked, and closed to him.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpLearner(otherPage, "借用者");
  await other.addCookies([grant]);
  const response = await otherPage.goto(firstLesson);
  expect(await response?.text()).not.toContain("prerendered-lessons");
  await expect(otherPage.getByTestId("lesson-body")).toHaveCount(0);
  await other.close();
});

test("a session signed out elsewhere loses its prerendered lessons at the next page", async ({ page, browser }) => {
  await signIn(page, demo.learner2);
  await openFirstLesson(page);

  // The same session in another browser signs out: the server ends it.
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(await page.context().cookies());
  const elsewherePage = await elsewhere.newPage();
  await elsewherePage.goto("/learn");
  await elsewherePage.getByTestId("account-menu").click();
  await elsewherePage.getByRole("button", { name: /退出登录|Sign out/ }).click();
  await expect(elsewherePage).toHaveURL(/\/$|\/zh$/);
  await elsewhere.close();

  // This browser still holds the cookie and the grant: the state call says the session is over,
  // and the page goes through the checked path, to sign-in.
  await page.goto(secondLesson);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test("the prerendered lessons answer 404 by their own URLs, to everyone", async ({ page, request }) => {
  const paths = [
    "/zh/prerendered-lessons/ai-trainer/02-reading-rule-documents",
    "/en/prerendered-lessons/ai-trainer/02-reading-rule-documents",
    "/prerendered-lessons/ai-trainer/02-reading-rule-documents",
    "/zh/prerendered%2Dlessons/ai-trainer/02-reading-rule-documents",
  ];
  for (const path of paths) {
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expect(anonymous.status(), path).toBe(404);
    expect(await anonymous.text()).not.toContain('data-testid="lesson-body"');
    const rsc = await request.get(path, { headers: { RSC: "1" }, maxRedirects: 0 });
    expect(await rsc.text()).not.toContain("lesson-body");
  }
  await signIn(page, demo.learner2);
  await openFirstLesson(page);
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('data-testid="lesson-body"');
    const posted = await page.request.post(path, { form: { x: "1" }, maxRedirects: 0 });
    expect(await posted.text()).not.toContain('data-testid="lesson-body"');
  }
});
