import { checkJsonText } from "../validation/json-limits";

/**
 * Checks made on every request before it reaches a page, an action or an API route (proxy.ts).
 * Pure functions of the URL and the headers, so they are tested without a server.
 */

/**
 * "badUrl" when a path segment is not valid percent-encoded UTF-8 (Next.js would fail to decode
 * it and answer 500), or when the path or the query holds a NUL (PostgreSQL refuses it); else null.
 */
export function checkRequestUrl(pathAndQuery: string): "badUrl" | null {
  const queryStart = pathAndQuery.indexOf("?");
  const path = queryStart === -1 ? pathAndQuery : pathAndQuery.slice(0, queryStart);
  const query = queryStart === -1 ? "" : pathAndQuery.slice(queryStart + 1);
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "badUrl";
    }
    if (decoded.includes("\u0000")) return "badUrl";
  }
  for (const [key, value] of new URLSearchParams(query)) {
    if (key.includes("\u0000") || value.includes("\u0000")) return "badUrl";
  }
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * True when a browser sent this request from another site (a cross-site request forgery attempt).
 * The Origin header must name this site: APP_URL's origin, or the host the browser addressed
 * (Host / X-Forwarded-Host). Sec-Fetch-Site, when present, must be same-origin (or none: typed by
 * the user). A request with neither header does not come from a browser, carries no victim's
 * cookies, and is let through.
 */
export function isCrossOriginRequest(headers: Headers, site: { appOrigin: string }): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (!originHost) return true;
  const ownHosts = [hostOf(site.appOrigin), headers.get("x-forwarded-host"), headers.get("host")].filter(Boolean);
  return !ownHosts.includes(originHost);
}

const actionLimits = { maxDepth: 32, maxBytes: 1_000_000 } as const;

function isBoundedJson(text: string): boolean {
  if (checkJsonText(text, actionLimits)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Form fields React decodes as JSON when it reads server-action arguments. */
const jsonField = /^(\d+|\$ACTION_\d+:\d+)$/;

/**
 * "$…" strings React's reply decoder reads without looking for another part of the request: escaped
 * text ("$$…"), a FormData ("$K<id>", empty when its fields are absent), undefined, special numbers,
 * dates, big integers. Every other "$…" (promises, maps, sets, blobs, streams, typed arrays,
 * temporary and server references) points at parts this app's forms never send; React throws on a
 * missing or malformed one and Next.js answers 500.
 */
const plainReplyString = /^\$(?:\$[\s\S]*|K[0-9a-f]{1,8}|undefined|Infinity|-Infinity|NaN|-0|D[\s\S]*|n-?\d{1,400})$/;

function onlyPlainReferences(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || plainReplyString.test(value);
  if (Array.isArray(value)) return value.every(onlyPlainReferences);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlyPlainReferences);
  return true;
}

/** The argument list of a server-action call: a bounded JSON array of plain values (see plainReplyString). */
function isPlainArgumentList(text: string): boolean {
  if (!isBoundedJson(text)) return false;
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) && onlyPlainReferences(value);
}

/**
 * "invalidRequest" when a server-action request carries arguments React cannot decode (broken or
 * deeply nested JSON, an argument list that is not a list, references to parts that are not
 * there, field names with control characters, a fetch call without its argument list: Next.js
 * would answer 500); else null. `body` is the text of a text/plain call or the fields of a
 * multipart / urlencoded one; `fetchCall` when the request names the action (Next-Action header).
 */
export function checkActionPayload(body: string | Iterable<[string, unknown]>, options: { fetchCall?: boolean } = {}): "invalidRequest" | null {
  if (typeof body === "string") return isPlainArgumentList(body) ? null : "invalidRequest";
  let argumentList = false;
  for (const [key, value] of body) {
    // Next.js's multipart parser fails on a part whose name holds control characters (500).
    if (controlCharacter.test(key)) return "invalidRequest";
    if (!jsonField.test(key)) continue;
    argumentList ||= key === "0";
    if (typeof value !== "string" || !(key === "0" ? isPlainArgumentList(value) : isBoundedJson(value))) return "invalidRequest";
  }
  // A call through fetch (Next-Action header) without its argument list never ends decoding (500).
  return options.fetchCall && !argumentList ? "invalidRequest" : null;
}

const controlCharacter = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** API routes exempt from the origin check: callers that prove themselves otherwise. */
const originExemptApiRoutes = new Set([
  // Stripe's servers sign each delivery (verified on the raw body); they send no Origin.
  "/api/stripe/webhook",
]);

/**
 * "crossOriginRequest" when a request that changes state (POST, PUT, PATCH, DELETE) under /api/
 * comes from another site's page; null for reads, for exempt routes and for same-site callers.
 */
export function checkApiRequest(method: string, pathname: string, headers: Headers, site: { appOrigin: string }): "crossOriginRequest" | null {
  if (!pathname.startsWith("/api/") || ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase())) return null;
  if (originExemptApiRoutes.has(pathname.replace(/\/+$/, ""))) return null;
  return isCrossOriginRequest(headers, site) ? "crossOriginRequest" : null;
}
