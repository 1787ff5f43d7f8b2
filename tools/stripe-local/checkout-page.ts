/**
 * Hosted checkout page: GET /c/pay/:sessionId (plain HTML forms, works without
 * JavaScript; bilingual Chinese + English). Stable accessible names, for
 * Playwright (use `exact: true`; names are "中文 English"):
 *
 *   heading   "确认付款 Checkout"                          (open session)
 *   heading   "此付款页面已过期 This checkout session has expired"
 *   heading   "付款已完成 Payment complete"                (already paid / no success_url)
 *   region    "订单摘要 Order summary"; total text in element with id "amount-total", e.g. "¥1,234.00"
 *   group     "使用优惠码 Have a promotion code?"          (only when allow_promotion_codes)
 *     textbox "优惠码 Promotion code"      button "应用 Apply"
 *     button  "移除优惠码 Remove promotion code"          (after one was applied)
 *   group     "支付方式 Payment method"
 *     radio   "银行卡 Card" | "支付宝 Alipay" | "微信支付 WeChat Pay"   (those in payment_method_types)
 *   group     "测试结果 Test outcome"
 *     radio   "支付成功 Succeeds" (default) | "银行卡被拒绝 Card declined" |
 *             "异步支付成功 Async success" | "异步支付失败 Async failure"  (async: Alipay/WeChat Pay only)
 *   textbox   "邮箱 Email"
 *   button    "支付 Pay"
 *   link      "取消并返回 Cancel and return"                 (when cancel_url is set)
 *   alert     "您的银行卡被拒绝。 Your card was declined."   (decline; HTTP 402, session stays open)
 *             "此优惠码无效。 This code is invalid."         (bad promotion code; HTTP 400)
 *
 * POST /c/pay/:id                 payment_method, outcome, email -> 303 to success_url
 *                                 ({CHECKOUT_SESSION_ID} replaced), or the page with an alert
 * POST /c/pay/:id/promotion_code  action=apply&promotion_code=… | action=remove -> 303 back here
 */
import type { App } from "./app";
import { StripeApiError } from "./errors";
import { parseAnyBody } from "./form";
import { html, matchPath, redirect, type HttpResult } from "./http-util";
import { formatAmount } from "./money";
import { completeCheckout } from "./resources/checkout-complete";
import { applyPromotionCode } from "./resources/checkout-sessions";
import { sweep } from "./sweeper";
import { OUTCOMES, PAYMENT_METHOD_TYPES } from "./types";
import type { CheckoutSession, Outcome, PaymentMethodType, PromotionCode } from "./types";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
const bi = (zh: string, en: string) => `${esc(zh)} <span lang="en">${esc(en)}</span>`;

const METHOD_LABELS: Record<PaymentMethodType, [string, string]> = {
  card: ["银行卡", "Card"],
  alipay: ["支付宝", "Alipay"],
  wechat_pay: ["微信支付", "WeChat Pay"],
};
const OUTCOME_LABELS: Record<Outcome, [string, string]> = {
  succeed: ["支付成功", "Succeeds"],
  decline: ["银行卡被拒绝", "Card declined"],
  async_success: ["异步支付成功", "Async success"],
  async_failure: ["异步支付失败", "Async failure"],
};

const STYLE = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f5f7;color:#1a1a1a;font-size:1.0625rem;line-height:1.5}
main{max-width:34rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.badge{display:inline-block;background:#fff4ce;color:#5c3c00;border:1px solid #c79a00;border-radius:4px;padding:.125rem .5rem;font-size:.875rem}
section,form{background:#fff;border:1px solid #d0d4da;border-radius:8px;padding:1rem;margin:1rem 0}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.375rem 0}td.num,th.num{text-align:right}
fieldset{border:1px solid #d0d4da;border-radius:6px;margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.75rem;min-height:48px}.choice input{width:1.375rem;height:1.375rem}
input[type=text],input[type=email]{font-size:1.0625rem;padding:.625rem;border:1px solid #6b7280;border-radius:6px;width:100%;box-sizing:border-box}
button{font-size:1.125rem;min-height:48px;padding:.625rem 1.25rem;border-radius:6px;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d4ed8}button.pay{width:100%;margin-top:1rem}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.alert{background:#fef2f2;color:#991b1b;border:1px solid #991b1b;border-radius:6px;padding:.75rem;margin:1rem 0}
.hint{color:#4b5563;font-size:.9375rem}.total{font-size:1.25rem;font-weight:700}a{color:#1d4ed8}
.row{display:flex;gap:.5rem;align-items:flex-end}.row>div{flex:1}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · stripe-local</title><style>${STYLE}</style></head>
<body><main><p class="badge">测试模式 <span lang="en">Test mode</span> · stripe-local</p>
${body}</main></body></html>`;
}

interface ViewState {
  alert?: string;
  method?: string;
  outcome?: string;
  email?: string;
  code?: string;
}

function summary(app: App, s: CheckoutSession): string {
  const items = app.store.state.lineItems[s.id] ?? [];
  const rows = items
    .map(
      (li) =>
        `<tr><td>${esc(li.description ?? "")}</td><td class="num">${li.quantity}</td><td class="num">${formatAmount(li.amount_subtotal, li.currency)}</td></tr>`,
    )
    .join("");
  const discount = s.total_details.amount_discount;
  return `<section aria-labelledby="summary-h"><h2 id="summary-h">${bi("订单摘要", "Order summary")}</h2>
<table><thead><tr><th scope="col">${bi("商品", "Item")}</th><th scope="col" class="num">${bi("数量", "Qty")}</th><th scope="col" class="num">${bi("金额", "Amount")}</th></tr></thead><tbody>${rows}</tbody></table>
<p>${bi("小计", "Subtotal")}: <span id="amount-subtotal">${formatAmount(s.amount_subtotal, s.currency)}</span></p>
${discount ? `<p>${bi("优惠", "Discount")}: <span id="amount-discount">−${formatAmount(discount, s.currency)}</span></p>` : ""}
<p class="total">${bi("应付总额", "Total due")}: <span id="amount-total">${formatAmount(s.amount_total, s.currency)}</span></p></section>`;
}

function promoForm(app: App, s: CheckoutSession, st: ViewState): string {
  if (!s.allow_promotion_codes) return "";
  const action = `/c/pay/${encodeURIComponent(s.id)}/promotion_code`;
  const promoId = s.discounts[0]?.promotion_code;
  const promo = promoId ? app.store.get<PromotionCode>(promoId, "promotion_code") : undefined;
  if (promo) {
    return `<form method="post" action="${action}"><p>${bi("已应用优惠码", "Applied promotion code")}: <strong>${esc(promo.code)}</strong></p>
<button type="submit" class="secondary" name="action" value="remove">${bi("移除优惠码", "Remove promotion code")}</button></form>`;
  }
  return `<form method="post" action="${action}"><fieldset><legend>${bi("使用优惠码", "Have a promotion code?")}</legend>
<div class="row"><div><label for="promotion_code">${bi("优惠码", "Promotion code")}</label>
<input type="text" id="promotion_code" name="promotion_code" autocomplete="off" value="${esc(st.code ?? "")}"></div>
<button type="submit" class="secondary" name="action" value="apply">${bi("应用", "Apply")}</button></div></fieldset></form>`;
}

function radios(name: string, values: readonly string[], labels: Record<string, [string, string]>, checked: string): string {
  return values
    .map((v) => {
      const [zh, en] = labels[v] as [string, string];
      const id = `${name}-${v}`;
      return `<div class="choice"><input type="radio" id="${id}" name="${name}" value="${v}"${v === checked ? " checked" : ""}><label for="${id}">${bi(zh, en)}</label></div>`;
    })
    .join("\n");
}

function openPage(app: App, s: CheckoutSession, st: ViewState): string {
  const methods = s.payment_method_types;
  const method = st.method && (methods as string[]).includes(st.method) ? st.method : (methods[0] as string);
  const outcome = st.outcome && (OUTCOMES as readonly string[]).includes(st.outcome) ? st.outcome : "succeed";
  const email = st.email ?? s.customer_email ?? "";
  const alert = st.alert ? `<div class="alert" role="alert">${st.alert}</div>` : "";
  const cancel = s.cancel_url ? `<p><a href="${esc(s.cancel_url)}">${bi("取消并返回", "Cancel and return")}</a></p>` : "";
  return page(
    "确认付款 Checkout",
    `<h1>${bi("确认付款", "Checkout")}</h1>${alert}
${summary(app, s)}
${promoForm(app, s, st)}
<form method="post" action="/c/pay/${encodeURIComponent(s.id)}">
<fieldset><legend>${bi("支付方式", "Payment method")}</legend>
${radios("payment_method", methods, METHOD_LABELS, method)}
<p class="hint">${bi("测试银行卡 4242 4242 4242 4242，无需输入卡号。", "Test card 4242 4242 4242 4242; no card number needed.")}</p></fieldset>
<fieldset><legend>${bi("测试结果", "Test outcome")}</legend>
${radios("outcome", OUTCOMES, OUTCOME_LABELS, outcome)}
<p class="hint">${bi("异步结果仅适用于支付宝和微信支付。", "Async outcomes apply to Alipay and WeChat Pay only.")}</p></fieldset>
<label for="email">${bi("邮箱", "Email")}</label>
<input type="email" id="email" name="email" autocomplete="email" value="${esc(email)}">
<button type="submit" class="pay">${bi("支付", "Pay")}</button>
</form>
${cancel}`,
  );
}

function closedPage(s: CheckoutSession | undefined): HttpResult {
  if (!s) return html(404, page("Not found", `<h1>${bi("找不到此付款页面", "Checkout session not found")}</h1>`));
  if (s.status === "expired") {
    const back = s.cancel_url ? `<p><a href="${esc(s.cancel_url)}">${bi("返回商家", "Return to merchant")}</a></p>` : "";
    return html(200, page("已过期 Expired", `<h1>${bi("此付款页面已过期", "This checkout session has expired")}</h1>${back}`));
  }
  const next = s.success_url ? `<p><a href="${esc(successUrl(s))}">${bi("返回商家", "Return to merchant")}</a></p>` : "";
  return html(200, page("付款已完成 Payment complete", `<h1>${bi("付款已完成", "Payment complete")}</h1>${next}`));
}

function successUrl(s: CheckoutSession): string {
  return (s.success_url ?? "").split("{CHECKOUT_SESSION_ID}").join(s.id);
}

export function handleCheckoutPage(app: App, method: string, path: string, rawBody: string, contentType: string | undefined): HttpResult {
  sweep(app);
  const m = matchPath("/c/pay/:id", path) ?? matchPath("/c/pay/:id/promotion_code", path);
  const s = m ? app.store.get<CheckoutSession>(m.id as string, "checkout.session") : undefined;
  if (!s || s.status !== "open") return closedPage(s);
  const self = `/c/pay/${encodeURIComponent(s.id)}`;
  if (method === "GET" && path === self) return html(200, openPage(app, s, {}));
  if (method !== "POST") return html(405, page("Method not allowed", `<h1>Method not allowed</h1>`));
  const body = parseAnyBody(rawBody, contentType);
  const field = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
  if (path.endsWith("/promotion_code")) {
    const code = field("promotion_code").trim();
    const error = field("action") === "remove" ? applyPromotionCode(app, s, null) : applyPromotionCode(app, s, code);
    if (!error) return redirect(self);
    return html(400, openPage(app, s, { code, alert: bi("此优惠码无效。", "This code is invalid.") }));
  }
  const st: ViewState = { method: field("payment_method"), outcome: field("outcome"), email: field("email") };
  if (!(PAYMENT_METHOD_TYPES as readonly string[]).includes(st.method ?? "") || !(OUTCOMES as readonly string[]).includes(st.outcome ?? "")) {
    return html(400, openPage(app, s, { ...st, alert: bi("请选择支付方式和测试结果。", "Choose a payment method and a test outcome.") }));
  }
  try {
    const result = completeCheckout(app, s.id, { method: st.method as PaymentMethodType, outcome: st.outcome as Outcome, email: st.email || null });
    if (result.declined) {
      const text = st.method === "card" ? bi("您的银行卡被拒绝。", "Your card was declined.") : bi("付款被拒绝。", "The payment was declined.");
      return html(402, openPage(app, s, { ...st, alert: text }));
    }
    return s.success_url ? redirect(successUrl(s)) : closedPage(s);
  } catch (err) {
    if (!(err instanceof StripeApiError)) throw err;
    const text = err.param === "outcome" ? bi("异步结果仅适用于支付宝和微信支付。", "Async outcomes apply to Alipay and WeChat Pay only.") : esc(err.message);
    return html(400, openPage(app, s, { ...st, alert: text }));
  }
}
