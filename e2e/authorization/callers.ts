import { expect, request, type APIRequestContext, type APIResponse } from "@playwright/test";
import { zh } from "../../lib/i18n/messages/zh";
import type { TActionOutcome, TCaller, THttpOutcome } from "./matrix";

/** The seeded account of each caller (password demo1234); anonymous has none. */
export const accounts: Record<Exclude<TCaller, "anonymous">, string> = {
  learnerA: "learner@demo.school",
  learnerB: "learner2@demo.school",
  instructor: "instructor@demo.school",
  otherInstructor: "instructor2@demo.school",
  coach: "coach@demo.school",
  staff: "staff@demo.school",
  admin: "admin@demo.school",
};

/**
 * Calls a server action the way a form posting through React does (`Next-Action` header, the
 * arguments [previousState, FormData] encoded as multipart: the form's fields as "_1_<name>",
 * then "0" holding the argument list, last, as React sends it), but directly: no page involved.
 */
export function postAction(context: APIRequestContext, actionId: string, fields: Record<string, string> = {}, path = "/"): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", '[null,"$K1"]');
  return context.post(path, { headers: { "next-action": actionId, accept: "text/x-component" }, multipart: form, maxRedirects: 0, timeout: 30_000 });
}

/** A request context signed in as the caller (anonymous: no cookies), through the sign-in action. */
export async function contextFor(baseURL: string, caller: TCaller, signInActionId: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { "accept-language": "zh-CN", origin: baseURL } });
  if (caller === "anonymous") return context;
  const response = await postAction(context, signInActionId, { email: accounts[caller], password: "demo1234", next: "" }, "/sign-in");
  expect(response.status(), `sign-in of ${caller}`).toBeLessThan(400);
  const account = await context.get("/account", { maxRedirects: 0 });
  expect(account.status(), `${caller} is signed in`).toBe(200);
  return context;
}

/** A page or route handler's answer as a matrix outcome. */
export function httpOutcome(response: APIResponse): THttpOutcome {
  const status = response.status();
  if (status < 300 || status >= 400) return status;
  const location = new URL(response.headers()["location"] ?? "/", "http://x");
  return location.pathname === "/sign-in" && location.searchParams.has("next") ? "signin" : `→${location.pathname}`;
}

/** A server action's answer as a matrix outcome, or "error: …" for a 5xx or an unexpected failure. */
export async function actionOutcome(response: APIResponse): Promise<TActionOutcome | `error: ${string}`> {
  if (response.status() >= 500) return `error: ${response.status()}`;
  const text = await response.text();
  if (text.includes(zh.errors.internal)) return "error: internal";
  if (text.includes(zh.errors.unauthenticated)) return "signin";
  if (text.includes(zh.errors.forbidden)) return "forbidden";
  if (response.status() >= 400) return `error: ${response.status()} ${text.slice(0, 80)}`;
  return "run";
}
