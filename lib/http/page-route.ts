import { negotiateLocale } from "../i18n/negotiate-locale";
import type { TLocale } from "../i18n/types";

/** Public pages: the same for every anonymous visitor in a language, so cached (ISR, CDN). */
const publicPagePatterns = [
  /^\/$/,
  /^\/about$/,
  /^\/courses$/,
  /^\/courses\/[^/]+$/,
  /^\/courses\/[^/]+\/\d{1,6}$/,
  /^\/courses\/[^/]+\/guidelines\/[^/]+$/,
  /^\/certificates\/[^/]+$/,
];

/** Auth.js's session cookies (the __Secure- one on https; chunked ones end in .0, .1 …). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (name.startsWith("authjs.session-token") || name.startsWith("__Secure-authjs.session-token")) return true;
  return false;
}

export type TPageRoute =
  /** API routes, Next.js assets, files (icons, manifest), the language switch: left alone. */
  | { kind: "asIs" }
  /** A public page for an anonymous visitor: the cached variant in the visitor's language. */
  | { kind: "cached"; locale: TLocale; rewrite: string }
  /** Any other page, or a public page for someone signed in: rendered per request. */
  | { kind: "perRequest"; locale: TLocale; rewrite: string };

/**
 * Where proxy.ts sends a request. Every page lives under app/[locale]/; the language is the
 * visitor's (locale cookie, then Accept-Language, then Chinese). A public page goes to its cached
 * variant unless a session cookie is present; then to /[locale]/member/…, the same page rendered
 * per request with the visitor's menu. Both answers therefore depend on Cookie and
 * Accept-Language, which the response's Vary names.
 */
export function routePageRequest(input: { pathname: string; localeCookie: string | undefined; acceptLanguage: string | null; signedIn: boolean }): TPageRoute {
  const { pathname } = input;
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || pathname === "/locale" || lastSegment.includes(".")) return { kind: "asIs" };
  const locale = negotiateLocale(input.localeCookie, input.acceptLanguage);
  const suffix = pathname === "/" ? "" : pathname;
  if (publicPagePatterns.some((pattern) => pattern.test(pathname))) {
    return input.signedIn ? { kind: "perRequest", locale, rewrite: `/${locale}/member${suffix}` } : { kind: "cached", locale, rewrite: `/${locale}${suffix}` };
  }
  return { kind: "perRequest", locale, rewrite: `/${locale}${suffix}` };
}
