import type { TAppErrorCode } from "../errors";
import { messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A refused request answered before it reaches the app (proxy.ts): JSON `{ ok: false, error }`
 * for API routes and server actions, otherwise a small page, both in the caller's language.
 */
export function refusalResponse(status: number, code: TAppErrorCode, locale: TLocale, format: "json" | "html"): Response {
  const m = messagesFor(locale);
  const message = m.errors[code];
  const headers = { "cache-control": "no-store" };
  if (format === "json") return Response.json({ ok: false, error: { code, message } }, { status, headers });
  const html = `<!doctype html><html lang="${locale === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.meta.siteName)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${status}</h1><p>${escapeHtml(message)}</p><p><a href="/">${escapeHtml(m.pages.backHome)}</a></p></body></html>`;
  return new Response(html, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
