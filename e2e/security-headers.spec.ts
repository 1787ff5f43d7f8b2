import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/users";

const directivesOf = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

/** Headers of the production build: a nonce-based script policy on pages rendered per request, form targets limited to Stripe. */
test("pages rendered per request carry a nonce-based CSP without 'unsafe-inline' scripts, and every script has the nonce", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of ["/sign-in", "/sign-up", "/magic-link"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"]!;
    const directives: Record<string, string[]> = Object.fromEntries(
      csp
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    const scriptSrc = directives["script-src"]!;
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, path).toBeTruthy();
    seen.add(nonce!);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    // Forms may post to this site and to the configured Stripe checkout only (here the local stand-in).
    expect(directives["form-action"]).toEqual(["'self'", `http://127.0.0.1:${process.env.STRIPE_LOCAL_PORT ?? "12112"}`]);
    // APP_URL is http here: no HSTS (browsers ignore it over http; see README security notes).
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
  expect(seen.size, "a fresh nonce per response").toBe(3);
});

test("cached public pages: the language in the URL, shared by anonymous visitors, a CSP without nonce, no one's data", async ({ page, request }) => {
  // Asked without a language, a public page redirects to the visitor's; that answer is never stored.
  const redirect = await request.get("/courses/ai-trainer", { maxRedirects: 0, headers: { "accept-language": "en-US,en;q=0.9" } });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toMatch(/\/en\/courses\/ai-trainer$/);
  expect(redirect.headers()["cache-control"]).toBe("private, no-store");
  for (const path of ["/zh", "/en/courses/ai-trainer", "/zh/courses/ai-trainer/14"]) {
    // The answer depends on the URL alone: a browser saying English still gets /zh in Chinese.
    const response = await request.get(path, { maxRedirects: 0, headers: { "accept-language": "en" } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["cache-control"], path).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(await response.text(), path).toContain(path.startsWith("/en") ? '<html lang="en"' : '<html lang="zh-CN"');
    const directives = directivesOf(headers["content-security-policy"]!);
    // Rendered once for everyone: no per-response nonce can be in the HTML (README, Security notes).
    expect(directives["script-src"], path).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["form-action"]).toEqual(["'self'", `http://127.0.0.1:${process.env.STRIPE_LOCAL_PORT ?? "12112"}`]);
  }
  // A signed-in visitor of the same URL gets a page of their own, never stored by anyone.
  await signIn(page, demo.learner);
  const own = await page.request.get("/zh/courses/ai-trainer/14");
  expect(own.headers()["cache-control"]).toMatch(/private/);
  expect(own.headers()["cache-control"]).toMatch(/no-store/);
  expect(directivesOf(own.headers()["content-security-policy"]!)["script-src"]).toContain("'strict-dynamic'");
  expect(await own.text()).toContain("李明");
  const anonymous = await (await request.get("/zh/courses/ai-trainer/14")).text();
  expect(anonymous).not.toContain("李明");
  expect(anonymous).not.toContain(demo.learner);
});

test("the site still works under that policy: no CSP violations while signing in and browsing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, demo.learner);
  await page.goto("/courses/ai-trainer");
  await page.getByRole("link", { name: "我的学习" }).first().click();
  await expect(page).toHaveURL(/\/learn$/);
  expect(violations).toEqual([]);
});
