import { unavailableRetryAfterSeconds } from "../db/database-unavailable";
import { messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * 503 while the database is unreachable: a short message in the caller's language, JSON for APIs
 * and server actions, a small self-contained HTML page (no scripts) for pages; `Retry-After`
 * tells clients and crawlers when to come back, `Cache-Control: no-store` keeps it out of caches.
 */
export function unavailableResponse(locale: TLocale, format: "json" | "html", requestId?: string): Response {
  const m = messagesFor(locale).unavailable;
  const headers: Record<string, string> = { "Retry-After": String(unavailableRetryAfterSeconds), "Cache-Control": "no-store" };
  if (requestId) headers["X-Request-Id"] = requestId;
  if (format === "json") return Response.json({ ok: false, error: { code: "serviceUnavailable", message: m.body } }, { status: 503, headers });
  const html = `<!DOCTYPE html><html lang="${locale === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${unavailableRetryAfterSeconds}"><title>${escapeHtml(m.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a"><h1 style="font-size:1.5rem">${escapeHtml(m.title)}</h1><p>${escapeHtml(m.body)}</p><p><a href="">${escapeHtml(m.retry)}</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
