import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { sessionMaxAgeSeconds, sessionUpdateAgeSeconds } from "./lib/auth/auth-session-ages";
import { rollSessionCookie } from "./lib/auth/roll-session-cookie";
import { authSecret, env } from "./lib/env";
import { checkActionPayload, checkApiRequest, checkRequestUrl, isCrossOriginRequest } from "./lib/http/request-guards";
import { hasSessionCookie, routePageRequest, type TPageRoute } from "./lib/http/page-route";
import { refusalResponse } from "./lib/http/refusal-response";
import { contentSecurityPolicy, strictTransportSecurity, stripeCheckoutOrigin } from "./lib/http/security-headers";
import { localeCookieName, negotiateLocale } from "./lib/i18n/negotiate-locale";
import { databaseRecentlyUnavailable } from "./lib/db/database-unavailable";
import { unavailableResponse } from "./lib/http/unavailable-response";
import { requestGrantAllowsLesson } from "./lib/lessons/lesson-grant";
import { log } from "./lib/log/logger";
import { isValidRequestId } from "./lib/log/request-context";

/** Liveness and readiness are answered even while the database is down: they report it. */
const alwaysThrough = new Set(["/api/health", "/api/ready"]);

/**
 * The request's id: the one a trusted reverse proxy sent in X-Request-Id (only when
 * TRUSTED_PROXY_HOPS > 0, and only if it looks like an id), else a fresh UUID.
 */
function requestIdOf(request: NextRequest, trustedProxyHops: number): string {
  const sent = request.headers.get("x-request-id");
  return trustedProxyHops > 0 && isValidRequestId(sent) ? sent : crypto.randomUUID();
}

/** Server-action calls (fetch, with Next-Action) and forms posted to a page without JavaScript. */
function isActionRequest(request: NextRequest, isApi: boolean): boolean {
  return (
    request.method === "POST" &&
    !isApi &&
    (request.headers.has("next-action") || /^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(request.headers.get("content-type") ?? ""))
  );
}

async function actionPayloadProblem(request: NextRequest): Promise<"invalidRequest" | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const options = { fetchCall: request.headers.has("next-action") };
  try {
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)) return checkActionPayload(await request.clone().formData(), options);
    return checkActionPayload(await request.clone().text(), options);
  } catch {
    return "invalidRequest";
  }
}

/**
 * Hand-made requests get a 4xx with a message in the caller's language instead of a 500:
 * - 400 for a URL Next.js could not decode or one holding a NUL;
 * - 403 for a state-changing API request (POST/PUT/PATCH/DELETE under /api/, the signed Stripe
 *   webhook excepted) or a server action sent from another site's page (Origin / Sec-Fetch-Site);
 * - 400 for server-action arguments React could not decode (broken or deeply nested JSON).
 */
async function refusal(request: NextRequest, appOrigin: string): Promise<Response | null> {
  const locale = negotiateLocale(request.cookies.get(localeCookieName)?.value, request.headers.get("accept-language"));
  const raw = new URL(request.url);
  const isApi = raw.pathname.startsWith("/api/");
  const format = isApi || request.headers.has("next-action") ? "json" : "html";
  if (checkRequestUrl(`${raw.pathname}${raw.search}`)) return refusalResponse(400, "badUrl", locale, format);
  if (checkApiRequest(request.method, raw.pathname, request.headers, { appOrigin })) return refusalResponse(403, "crossOriginRequest", locale, "json");
  if (isActionRequest(request, isApi)) {
    if (isCrossOriginRequest(request.headers, { appOrigin })) return refusalResponse(403, "crossOriginRequest", locale, format);
    if (await actionPayloadProblem(request)) return refusalResponse(400, "invalidRequest", locale, format);
  }
  return null;
}

/** Keeps a used session's cookie from running out (see rollSessionCookie). */
async function rollSession(request: NextRequest, response: NextResponse): Promise<void> {
  const rolled = await rollSessionCookie((name) => request.cookies.get(name)?.value, {
    secret: authSecret(),
    maxAgeSeconds: sessionMaxAgeSeconds,
    updateAgeSeconds: sessionUpdateAgeSeconds,
  });
  if (rolled) response.cookies.set(rolled.name, rolled.value, { httpOnly: true, sameSite: "lax", path: "/", secure: rolled.secure, maxAge: rolled.maxAge });
}

/** How long a CDN or this server may serve a cached public page before asking again, and may keep serving it while it does. */
const publicPageCacheControl = "public, s-maxage=30, stale-while-revalidate=60";

/**
 * Lets the request through, rewritten to its page under app/[locale]/ (see routePageRequest), or
 * redirects it there (a public page asked without its language), with a trustworthy client address. Pages rendered per request get the nonce and the CSP on the request
 * (Next.js reads both and puts the nonce on its inline scripts); cached public pages get neither:
 * their HTML is shared by every visitor.
 */
async function passOn(
  request: NextRequest,
  route: TPageRoute,
  options: { nonce: string | null; csp: string; trustedProxyHops: number; requestId: string },
): Promise<NextResponse> {
  const headers = new Headers(request.headers);
  headers.set("x-request-id", options.requestId);
  if (options.nonce !== null) {
    headers.set("x-nonce", options.nonce);
    headers.set("content-security-policy", options.csp);
  }
  // Without a trusted proxy in front, an X-Forwarded-For sent by the client is a lie it chose:
  // dropped here, Next.js then sets it to the connection's own address (see lib/http/client-address.ts).
  if (options.trustedProxyHops === 0) headers.delete("x-forwarded-for");
  if (route.kind === "redirect") {
    // Depends on the visitor's cookie and language: never stored.
    const target = request.nextUrl.clone();
    target.pathname = route.to;
    const redirect = NextResponse.redirect(target, 307);
    redirect.headers.set("Cache-Control", "private, no-store");
    return redirect;
  }
  // nextUrl keeps the origin Next.js itself sees, so the rewrite stays inside this server.
  const rewritten = request.nextUrl.clone();
  if (route.kind !== "asIs") rewritten.pathname = route.rewrite;
  const response = route.kind === "asIs" ? NextResponse.next({ request: { headers } }) : NextResponse.rewrite(rewritten, { request: { headers } });
  if (route.kind === "cached" && (request.method === "GET" || request.method === "HEAD")) response.headers.set("Cache-Control", publicPageCacheControl);
  // A prerendered lesson is served to one signed-in reader on the strength of their grant: nobody stores it.
  if (route.kind === "prerendered") response.headers.set("Cache-Control", "private, no-store");
  // A prerendered lesson skips it (decrypting the session costs more than serving the page): its
  // page's state call, GET /api/lessons/state, is a request like any other and rolls the cookie.
  if (request.method === "GET" && route.kind !== "cached" && route.kind !== "prerendered") await rollSession(request, response);
  return response;
}

/**
 * Runs before every page, server action and API route (Next.js Proxy, Node.js runtime): refuses
 * hand-made requests (above); sends page requests to their page under app/[locale]/ (public pages
 * of anonymous visitors to their cached variant, see lib/http/page-route.ts); sets the content
 * security policy (with a fresh nonce on pages rendered per request, without one on cached pages),
 * and HSTS for https; drops a client-sent X-Forwarded-For unless trusted proxies are configured; on
 * page reads, rolls a session cookie older than a day forward. Every request gets a request id (X-Request-Id on the
 * request for the app's log lines, and on the response). While the database was unreachable in
 * the last two seconds, pages and APIs are answered 503 with Retry-After at once (see
 * lib/db/database-unavailable.ts); health and readiness still answer.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const started = performance.now();
  const config = env();
  const requestId = requestIdOf(request, config.TRUSTED_PROXY_HOPS);
  const cookies = request.cookies.getAll();
  const route = routePageRequest({
    pathname: request.nextUrl.pathname,
    method: request.method,
    localeCookie: request.cookies.get(localeCookieName)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    signedIn: hasSessionCookie(cookies.map((cookie) => cookie.name)),
    lessonGranted: (courseSlug, lessonSlug) => requestGrantAllowsLesson(cookies, { secret: authSecret(), courseSlug, lessonSlug, now: new Date() }),
  });
  // Cached and prerendered pages are the same HTML for everyone: no per-response nonce can be in them.
  const nonce = route.kind === "cached" || route.kind === "prerendered" ? null : Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, isDev: config.NODE_ENV !== "production", formTargets: [stripeCheckoutOrigin(config)] });
  const pathname = request.nextUrl.pathname;
  let response: Response;
  if (databaseRecentlyUnavailable() && !alwaysThrough.has(pathname)) {
    const locale = negotiateLocale(request.cookies.get(localeCookieName)?.value, request.headers.get("accept-language"));
    const wantsJson = pathname.startsWith("/api/") || request.headers.has("next-action");
    response = unavailableResponse(locale, wantsJson ? "json" : "html", requestId);
  } else {
    response =
      (await refusal(request, new URL(config.APP_URL).origin)) ??
      (await passOn(request, route, { nonce, csp, trustedProxyHops: config.TRUSTED_PROXY_HOPS, requestId }));
  }
  // Answered here (refused, or 503): the only log line of this request. Passed on: route handlers
  // and server actions log their own line with status, user and duration.
  if (response.status >= 400) {
    log().info(
      { requestId, method: request.method, route: pathname, status: response.status, durationMs: Math.round(performance.now() - started), answeredBy: "proxy" },
      "request",
    );
  }
  response.headers.set("X-Request-Id", requestId);
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(config.APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
