import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * Hand-made requests (NUL bytes, broken percent-encoding, 300-character names, deep JSON,
 * malformed server-action arguments, cross-site posts) get a 4xx with a clear message in the
 * user's language, never a 500, and nothing is written.
 */

const long = "a".repeat(300);
const badValues = ["%00", "%", "%E0%A4%A", "%FF", "%ED%A0%80", long, "%E8%AF%BE"];
const badUrlMessage = "链接地址无效：里面有无法识别的字符。请检查链接，或从首页重新进入。";
const invalidRequestMessage = "请求内容无效（格式不对、嵌套过深、过大，或含有无法识别的字符），没有保存任何内容。";

async function expectNo500(request: APIRequestContext, templates: string[]): Promise<void> {
  const failures: string[] = [];
  for (const template of templates) {
    for (const value of badValues) {
      const url = template.replaceAll("X", value);
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 120)}`);
      if (response.status() === 400 && !(await response.text()).includes(badUrlMessage)) failures.push(`400 without a message: ${url.slice(0, 120)}`);
    }
  }
  expect(failures).toEqual([]);
}

async function firstLink(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(`a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!.slice(prefix.length).split(/[/?#]/)[0]!;
}

test("public pages and a learner's pages and APIs answer odd URLs without a 500", async ({ page }) => {
  await signIn(page, demo.learner);
  const orderId = await firstLink(page, "/learn/orders", "/learn/orders/");
  await expectNo500(page.request, [
    "/courses/X",
    "/courses/ai-trainer/X",
    "/courses/ai-trainer/guidelines/X",
    "/courses/ai-trainer/guidelines/X/1",
    "/courses/ai-trainer/guidelines/general/X",
    "/courses/ai-trainer/guidelines/general/99",
    "/courses/X/competencies",
    "/courses/X/syllabus",
    "/courses/ai-trainer/lessons/X",
    "/courses/X/lessons/01-what-an-ai-trainer-does",
    "/certificates/X",
    "/groups/X?checkout=X",
    "/learn/courses/X",
    "/learn/courses/X/calibration",
    "/learn/courses/X/practice",
    "/learn/courses/ai-trainer/practice/X",
    "/learn/courses/ai-trainer/practice/general-qa-scoring?item=X&review=X",
    "/learn/courses/X/qualification",
    "/learn/orders/X",
    "/learn/orders/X/receipt",
    `/learn/orders/${orderId}?checkout=X`,
    "/sign-in?next=X",
    "/dev/mail?to=X",
    "/verify?token=X",
    "/api/calendar/X",
    "/api/orders/X",
  ]);
  const body = await (await page.request.get("/api/orders/%00")).json();
  expect(body).toEqual({ ok: false, error: { code: "badUrl", message: badUrlMessage } });
});

test("staff, admin, instructor and coach pages and exports answer odd URLs without a 500", async ({ browser }) => {
  const as = async (email: string) => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, email);
    return { page, close: () => context.close() };
  };
  const staff = await as(demo.staff);
  const cohortId = await firstLink(staff.page, "/staff/cohorts", "/staff/cohorts/");
  await expectNo500(staff.page.request, [
    "/api/exports/X/raw.jsonl",
    `/api/exports/${cohortId}/X`,
    "/api/staff/cohorts/X/roster.csv",
    `/api/staff/cohorts/${cohortId}/roster.csv?classId=X`,
    "/api/staff/ledger.csv?learner=X&cohortId=X&status=X&method=X&from=X&to=X&page=X",
    "/staff/group-buys?status=X",
    "/staff/cohorts/X",
    `/staff/cohorts/${cohortId}?created=X`,
    "/staff/cohorts/X/attendance",
    `/staff/cohorts/${cohortId}/attendance?session=X`,
    "/staff/cohorts/X/roster",
    `/staff/cohorts/${cohortId}/roster?classId=X&q=X`,
    "/staff/refunds?view=X",
    "/staff/ledger?learner=X&cohortId=X&status=X&method=X&from=X&to=X&page=X",
  ]);
  await staff.close();

  const admin = await as("admin@demo.school");
  await expectNo500(admin.page.request, ["/staff/users?q=X", "/staff/audit?actor=X&action=X&from=X&to=X&page=X&q=X&entity=X"]);
  await admin.close();

  const instructor = await as(demo.instructor);
  const classId = await firstLink(instructor.page, "/teach/classes", "/teach/classes/");
  await expectNo500(instructor.page.request, [
    "/teach/exports?cohort=X",
    "/teach/reviews/X",
    "/teach/reviews?status=X&class=X&set=X",
    "/teach/courses/X",
    "/teach/courses/ai-trainer?cohort=X&date=X",
    "/teach/courses/ai-trainer/lessons/X?cohort=X&date=X",
    "/teach/courses/X/lessons/01-what-an-ai-trainer-does",
    "/teach/classes/X",
    `/teach/classes/${classId}?q=X&session=X`,
    "/teach/analytics?cohortId=X&setId=X&classId=X",
  ]);
  await instructor.close();

  const coach = await as("coach@demo.school");
  await expectNo500(coach.page.request, ["/coach/learners/X"]);
  await coach.close();
});

test("JSON APIs refuse NUL, lone surrogates and deep nesting with 400 and a message", async ({ page }) => {
  await signIn(page, demo.learner);
  const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
  const bodies = [
    `{"courseSlug":"ai-trainer","setId":"general-qa-scoring","itemId":"cold-antibiotics","answers":{"a":"x\\u0000y"}}`,
    `{"courseSlug":"ai-trainer","setId":"general-qa-scoring","itemId":"cold-antibiotics","answers":{"a":"x\\ud800y"}}`,
    `{"courseSlug":"ai-trainer","setId":"general-qa-scoring","itemId":"cold-antibiotics","answers":{"a":${deep}}}`,
  ];
  for (const [method, url] of [
    ["PUT", "/api/exercises/draft"],
    ["POST", "/api/exercises/submit"],
    ["POST", "/api/qualification/answer"],
    ["POST", "/api/progress"],
  ] as const) {
    for (const data of bodies) {
      const response = await page.request.fetch(url, { method, data, headers: { "content-type": "application/json" } });
      expect(response.status(), `${method} ${url}`).toBe(400);
      expect(await response.json()).toEqual({ ok: false, error: { code: "invalidRequest", message: invalidRequestMessage } });
    }
  }
  const attempt = await page.request.post("/api/qualification/answer", { data: { attemptId: "x\u0000", itemId: "q1", answers: {} } });
  expect(attempt.status()).toBe(400);
  // The same route takes a well-formed draft: the refusals above are about the content only.
  const fine = await page.request.put("/api/exercises/draft", {
    data: { courseSlug: "ai-trainer", setId: "general-qa-scoring", itemId: "cold-antibiotics", answers: { note: "好" } },
  });
  expect(fine.status()).toBe(204);
});

test("server actions: malformed arguments and cross-site posts are refused without a 500", async ({ page, baseURL }) => {
  await page.goto("/sign-in");
  // The sign-in form's bound action (React numbers a page's action forms: $ACTION_REF_<n>, $ACTION_<n>:0).
  const ref = (await page.locator('form:has(input[type="password"]) input[name^="$ACTION_REF_"]').getAttribute("name"))!;
  const n = ref.slice("$ACTION_REF_".length);
  const signInActionId = JSON.parse((await page.locator(`input[name="$ACTION_${n}:0"]`).getAttribute("value"))!).id as string;
  const malformed = await page.request.post("/sign-in", { headers: { "next-action": signInActionId, origin: baseURL! }, multipart: { "0": "[]" } });
  expect(malformed.status(), `action ${signInActionId} with 0=[]`).toBeLessThan(500);
  // The language switch is a plain form post to /locale: checked like an action (origin), bad values ignored.
  const oddLocale = await page.request.post("/locale", { headers: { origin: baseURL! }, form: { locale: "[]" }, maxRedirects: 0 });
  expect(oddLocale.status()).toBe(303);
  const crossSiteLocale = await page.request.post("/locale", { headers: { origin: "http://evil.example" }, form: { locale: "en" }, maxRedirects: 0 });
  expect(crossSiteLocale.status()).toBe(403);

  const undecodable: Array<{ headers: Record<string, string>; data?: string; multipart?: Record<string, string> }> = [
    { headers: { "next-action": signInActionId, "content-type": "text/plain;charset=UTF-8" }, data: "{{{" },
    { headers: { "next-action": signInActionId }, multipart: { "0": `${"[".repeat(5_000)}${"]".repeat(5_000)}` } },
    // Found by the fuzz suite: an argument list that is not a list, references to parts that are not there, no argument list.
    { headers: { "next-action": signInActionId }, multipart: { "0": "null" } },
    { headers: { "next-action": signInActionId }, multipart: { "0": '[null,"$W1"]' } },
    { headers: { "next-action": signInActionId }, multipart: { "0": '[null,"$Q1"]' } },
    { headers: { "next-action": signInActionId }, multipart: { _1_email: "a" } },
    { headers: { "next-action": signInActionId }, multipart: { "_1_a\u0000b": "v", "0": '[null,"$K1"]' } },
    // A form posted without JavaScript whose bound argument is broken.
    { headers: {}, multipart: { [ref]: "", [`$ACTION_${n}:0`]: JSON.stringify({ id: signInActionId, bound: "$@1" }), [`$ACTION_${n}:1`]: "[[[[", email: "a" } },
  ];
  for (const { headers, data, multipart } of undecodable) {
    const response = await page.request.post("/sign-in", { headers: { ...headers, origin: baseURL! }, ...(data ? { data } : { multipart }) });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain(invalidRequestMessage);
  }

  const crossSite = await page.request.post("/sign-in", {
    headers: { "next-action": signInActionId, origin: "http://evil.example" },
    multipart: { "1_email": demo.learner, "1_password": demo.password, "0": '["$K1"]' },
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({
    ok: false,
    error: { code: "crossOriginRequest", message: "请求被拒绝：它不是从本站页面发出的。请回到本站页面再操作。" },
  });
});

test("a sign-up whose name holds a NUL is refused field by field and stores nothing", async ({ page }) => {
  const email = `nul-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("姓名", { exact: true }).evaluate((input: HTMLInputElement) => {
    input.value = "名\u0000字";
  });
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill("a-good-password");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByText("含有无法识别的字符（例如空字符），请删除后重试。")).toBeVisible();
  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  await expect(page.getByText("收件箱是空的。")).toBeVisible();
});
