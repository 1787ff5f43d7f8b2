import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionParams, startHarness, type Harness } from "./test-helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Accessible names as a screen reader would get them from this simple markup. */
function names(html: string) {
  const labels = [...html.matchAll(/<label for="([^"]+)">([\s\S]*?)<\/label>/g)].map((m) => ({ for: m[1], name: text(m[2] ?? "") }));
  const buttons = [...html.matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)].map((m) => text(m[1] ?? ""));
  const legends = [...html.matchAll(/<legend>([\s\S]*?)<\/legend>/g)].map((m) => text(m[1] ?? ""));
  const inputIds = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1]);
  return { labels, buttons, legends, inputIds };
}

async function page(path: string, form?: Record<string, string>) {
  const res = await fetch(`${h.local.url}${path}`, {
    method: form ? "POST" : "GET",
    redirect: "manual",
    headers: form ? { "Content-Type": "application/x-www-form-urlencoded" } : {},
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

describe("hosted checkout page (no JavaScript)", () => {
  it("renders accessible, bilingual controls for the session's methods", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams({ allow_promotion_codes: true, customer_email: "p@example.com" }));
    const res = await page(`/c/pay/${s.id}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('<html lang="zh-CN">');
    const n = names(res.html);
    expect(n.labels.map((l) => l.name)).toEqual([
      "优惠码 Promotion code",
      "银行卡 Card",
      "支付宝 Alipay",
      "微信支付 WeChat Pay",
      "支付成功 Succeeds",
      "银行卡被拒绝 Card declined",
      "异步支付成功 Async success",
      "异步支付失败 Async failure",
      "邮箱 Email",
    ]);
    expect(n.buttons).toEqual(["应用 Apply", "支付 Pay"]);
    expect(n.legends).toEqual(["使用优惠码 Have a promotion code?", "支付方式 Payment method", "测试结果 Test outcome"]);
    for (const l of n.labels) expect(n.inputIds).toContain(l.for); // every label points at a real input
    expect(res.html).toContain('<span id="amount-total">¥1,999.00</span>');
    expect(res.html).toContain('value="p@example.com"');
    expect(res.html).toContain('href="https://app.example/checkout/cancel"');
    expect(text(res.html)).toContain("取消并返回 Cancel and return");

    const cardOnly = await h.stripe.checkout.sessions.create(sessionParams({ allowed_payment_method_types: ["card"], payment_method_options: {} }));
    const html2 = (await page(`/c/pay/${cardOnly.id}`)).html;
    expect(names(html2).labels.map((l) => l.name)).not.toContain("支付宝 Alipay");
    expect(html2).not.toContain("promotion_code");
  });

  it("applies and removes a promotion code, recomputing the amount", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams({ allow_promotion_codes: true }));
    const bad = await page(`/c/pay/${s.id}/promotion_code`, { action: "apply", promotion_code: "NOPE" });
    expect(bad.status).toBe(400);
    expect(text(bad.html)).toContain("此优惠码无效。 This code is invalid.");
    const ok = await page(`/c/pay/${s.id}/promotion_code`, { action: "apply", promotion_code: "welcome500" });
    expect(ok).toMatchObject({ status: 303, location: `/c/pay/${s.id}` });
    const after = await page(`/c/pay/${s.id}`);
    expect(after.html).toContain('<span id="amount-total">¥1,499.00</span>');
    expect(names(after.html).buttons).toContain("移除优惠码 Remove promotion code");
    expect(await h.stripe.checkout.sessions.retrieve(s.id)).toMatchObject({ amount_total: 149900, total_details: { amount_discount: 50000 } });
    await page(`/c/pay/${s.id}/promotion_code`, { action: "remove" });
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).amount_total).toBe(199900);
  });

  it("shows a decline and keeps the session payable, then redirects to success_url on success", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    const declined = await page(`/c/pay/${s.id}`, { payment_method: "card", outcome: "decline", email: "d@example.com" });
    expect(declined.status).toBe(402);
    expect(declined.html).toContain('role="alert"');
    expect(text(declined.html)).toContain("您的银行卡被拒绝。 Your card was declined.");
    expect((await h.stripe.checkout.sessions.retrieve(s.id)).status).toBe("open");

    const paid = await page(`/c/pay/${s.id}`, { payment_method: "card", outcome: "succeed", email: "d@example.com" });
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`https://app.example/checkout/success?session_id=${s.id}`);
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent.latest_charge"] });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", customer_details: { email: "d@example.com" } });
    expect(text((await page(`/c/pay/${s.id}`)).html)).toContain("付款已完成 Payment complete");
  });

  it("rejects async outcomes for cards and supports wallets", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    const bad = await page(`/c/pay/${s.id}`, { payment_method: "card", outcome: "async_success" });
    expect(bad.status).toBe(400);
    expect(text(bad.html)).toContain("Async outcomes apply to Alipay and WeChat Pay only.");
    const ok = await page(`/c/pay/${s.id}`, { payment_method: "alipay", outcome: "async_success" });
    expect(ok.status).toBe(303);
    expect(await h.stripe.checkout.sessions.retrieve(s.id)).toMatchObject({ status: "complete", payment_status: "unpaid" });
  });

  it("says when a session has expired and 404s unknown sessions", async () => {
    const s = await h.stripe.checkout.sessions.create(sessionParams());
    await h.stripe.checkout.sessions.expire(s.id);
    const res = await page(`/c/pay/${s.id}`);
    expect(text(res.html)).toContain("此付款页面已过期 This checkout session has expired");
    const pay = await page(`/c/pay/${s.id}`, { payment_method: "card", outcome: "succeed" });
    expect(pay.status).not.toBe(303);
    expect((await page("/c/pay/cs_test_unknown")).status).toBe(404);
  });
});
