import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

/**
 * JSON APIs that change state refuse requests sent by another site's page (Origin /
 * Sec-Fetch-Site: 403) and bodies that are not JSON (415), before anything runs. The Stripe
 * webhook is exempt: its signature is its proof.
 */
const progress = { courseSlug: "ai-trainer", lessonSlug: "01-what-an-ai-trainer-does", position: 3 };
const draft = { courseSlug: "ai-trainer", setId: "general-qa-scoring", itemId: "cold-antibiotics", answers: { note: "x" } };
const crossOriginMessage = "请求被拒绝：它不是从本站页面发出的。请回到本站页面再操作。";

test("another site's page cannot change state through the JSON APIs, with or without a JSON type", async ({ page }) => {
  await signIn(page, demo.learner);
  const cohortId = await page.request.get("/courses/ai-trainer/14").then(
    async (r) =>
      (await r.text())
        .match(/\/api\/calendar\/(c[a-z0-9]+)|cohortId&quot;:&quot;(c[a-z0-9]+)/)
        ?.slice(1)
        .find(Boolean) ?? "cxxxxxxxxxxxxxxxxxxxxxxxx",
  );
  const calls: Array<[string, string, unknown]> = [
    ["POST", "/api/progress", progress],
    ["PUT", "/api/exercises/draft", draft],
    ["POST", "/api/exercises/submit", draft],
    ["POST", "/api/qualification/answer", { attemptId: "cmxb3ttov000cil7dv4jylnhn", itemId: "q1", answers: {} }],
    ["POST", `/api/cohorts/${cohortId}/holds`, {}],
    ["POST", "/api/auth/signout", {}],
  ];
  for (const [method, url, body] of calls) {
    const variants: Record<string, string>[] = [
      { origin: "http://evil.example", "content-type": "text/plain" },
      { origin: "http://evil.example", "content-type": "application/json" },
      { origin: "null", "content-type": "text/plain" },
      { "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    ];
    for (const headers of variants) {
      const response = await page.request.fetch(url, { method, headers, data: JSON.stringify(body) });
      expect(response.status(), `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.json()).toEqual({ ok: false, error: { code: "crossOriginRequest", message: crossOriginMessage } });
    }
  }
});

test("a same-site request with a body that is not declared JSON gets 415 with a message", async ({ page, baseURL }) => {
  await signIn(page, demo.learner);
  for (const [method, url, body] of [
    ["POST", "/api/progress", progress],
    ["PUT", "/api/exercises/draft", draft],
    ["POST", "/api/exercises/submit", draft],
  ] as const) {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await page.request.fetch(url, {
        method,
        headers: { origin: baseURL!, "sec-fetch-site": "same-origin", "content-type": contentType },
        data: JSON.stringify(body),
      });
      expect(response.status(), `${method} ${url} ${contentType}`).toBe(415);
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: "unsupportedMediaType", message: "请求格式不受支持：请以 JSON（application/json）发送。" },
      });
    }
  }
  // The same calls from the site's own pages work.
  const fine = await page.request.put("/api/exercises/draft", { headers: { origin: baseURL!, "sec-fetch-site": "same-origin" }, data: draft });
  expect(fine.status()).toBe(204);
});

test("the Stripe webhook is judged by its signature, not by where it comes from", async ({ request }) => {
  const response = await request.post("/api/stripe/webhook", {
    headers: { origin: "http://evil.example", "content-type": "text/plain", "stripe-signature": "t=1,v1=bad" },
    data: "{}",
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: "invalid signature" });
});
