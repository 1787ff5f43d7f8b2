import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousViolations } from "./fixtures/axe";
import { demo, signIn } from "./fixtures/users";

/** The set of 李明's seeded rewrite (prisma/seed/seed-reviews.ts); other specs never submit in it. */
const setId = "math-latex-solutions";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" });
  return context.newPage();
}

test("an instructor reviews a rewrite with a comment and the learner sees it", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await newPage(browser);
  await signIn(teacher, demo.instructor);
  await teacher.goto("/teach");
  await teacher.getByRole("link", { name: "改写批改队列" }).click();
  await expect(teacher.getByRole("heading", { name: "改写批改" })).toBeVisible();
  await teacher.getByLabel("练习集").selectOption(setId);
  await teacher.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(teacher).toHaveURL(new RegExp(`set=${setId}`));
  const row = teacher.getByTestId("review-entry").filter({ hasText: "李明" }).first();
  await expect(row).toContainText("第12期 A班");
  await expect(row).toContainText("待批改");
  await row.getByRole("link", { name: /批改/ }).click();

  // Side by side: original | rewrite (math typeset), a diff, the reference rewrite folded away.
  await expect(teacher.getByTestId("review-learner")).toContainText("李明");
  const itemIndex = (await teacher.getByRole("heading", { level: 1 }).textContent())!.match(/第 (\d+) 题/)![1]!;
  await expect(teacher.getByRole("region", { name: "学员改写" }).locator(".katex").first()).toBeVisible();
  await expect(teacher.getByTestId("review-diff").locator("del, ins").first()).toBeVisible();
  await expect(teacher.getByTestId("review-shortcuts")).toContainText("Ctrl/⌘ + Enter");
  expect(await seriousViolations(teacher), "review page").toEqual([]);

  // Digits score the focused dimension and move on to the next one.
  await teacher
    .getByRole("group", { name: /准确性/ })
    .getByRole("radio")
    .first()
    .click();
  for (const digit of ["4", "3", "4", "5"]) await teacher.keyboard.press(digit);
  for (const [name, score] of [
    [/准确性/, 4],
    [/完整性/, 3],
    [/遵循规范/, 4],
    [/表达/, 5],
  ] as const) {
    await expect(
      teacher
        .getByRole("group", { name })
        .getByRole("radio")
        .nth(score - 1),
    ).toBeChecked();
  }
  await teacher.getByRole("radio", { name: "需修改" }).check();

  // Select the start of the learner's text and comment on the selection.
  const quote = await teacher.getByTestId("review-source").evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(10, node.textContent!.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  });
  await teacher.getByRole("button", { name: "评论选中文字" }).click();
  await expect(teacher.getByLabel("引用的文字")).toHaveValue(quote);
  await teacher.getByLabel("评论", { exact: true }).fill("开头这里要先写出定义域。");
  await teacher.getByRole("button", { name: "添加评论" }).click();
  await expect(teacher.getByTestId("anchored-list")).toContainText("开头这里要先写出定义域。");
  await expect(teacher.getByTestId("review-source").locator("mark")).toContainText(quote.trim());

  await teacher.getByLabel("总体评语").fill("思路对了，但最后一步的检验漏掉了。<b>不加粗</b>");
  await teacher.keyboard.press("Control+Enter");
  await expect(teacher.getByRole("status").filter({ hasText: "点评已保存。" })).toBeVisible();
  await teacher.goto(`/teach/reviews?set=${setId}&status=REVIEWED`);
  await expect(teacher.getByTestId("review-entry").filter({ hasText: "李明" }).first()).toContainText("已批改 · 需修改");

  // 李明 opens the item: the review is shown under his submission, the quote highlighted, text inert.
  const learner = await newPage(browser);
  await signIn(learner, demo.learner);
  await learner.goto(`/learn/courses/ai-trainer/practice/${setId}?item=${itemIndex}`);
  const review = learner.getByTestId("instructor-review");
  await expect(review.getByRole("heading", { name: "讲师点评" })).toBeVisible();
  await expect(review.getByTestId("review-verdict")).toHaveText("需修改");
  await expect(review).toContainText("准确性");
  await expect(review).toContainText("4 / 5");
  await expect(review.getByTestId("review-comment")).toHaveText("思路对了，但最后一步的检验漏掉了。<b>不加粗</b>");
  await expect(review.locator("b")).toHaveCount(0);
  await expect(review.getByTestId("review-highlight").first()).toContainText(quote.trim());
  await expect(review.getByTestId("review-anchored")).toContainText("开头这里要先写出定义域。");
  expect(await seriousViolations(learner), "learner's review").toEqual([]);
});
