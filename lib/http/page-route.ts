import { negotiateLocale } from "../i18n/negotiate-locale";
import { publicPageUrl } from "../i18n/public-page-url";
import { isLocale, type TLocale } from "../i18n/types";

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

export function isPublicPagePath(path: string): boolean {
  return publicPagePatterns.some((pattern) => pattern.test(path));
}

/** Auth.js's session cookies (the __Secure- one on https; chunked ones end in .0, .1 …). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (name.startsWith("authjs.session-token") || name.startsWith("__Secure-authjs.session-token")) return true;
  return false;
}

export type TPageRoute =
  /** API routes, Next.js assets, files (icons, manifest), the language switch: left alone. */
  | { kind: "asIs" }
  /** A URL to send the browser to instead (a public page without its language, a private page with one). */
  | { kind: "redirect"; to: string }
  /** A public page for an anonymous visitor: the cached variant of the URL's language. */
  | { kind: "cached"; locale: TLocale; rewrite: string }
  /** Any other page, or a public page for someone signed in: rendered per request. */
  | { kind: "perRequest"; locale: TLocale; rewrite: string };

/**
 * Where proxy.ts sends a request. Every page lives under app/[locale]/.
 * - Public pages carry their language in the URL (/zh/courses, /en/courses): the answer depends on
 *   the URL alone for anonymous visitors, so it can be cached by anyone (no Vary needed; Next.js
 *   does not let pages set one). Signed-in visitors (a session cookie) get /[locale]/member/…, the
 *   same page rendered per request with their menu, never stored (private, no-store).
 * - A public page asked without a language (/courses, links in mails) is redirected (GET, HEAD) to
 *   the visitor's language: the locale cookie, then Accept-Language, then Chinese.
 * - Other pages (signed-in areas, forms) keep their URLs and are rendered per request in the
 *   visitor's language; asked with a language prefix (/en/learn) they are redirected without it.
 */
export function routePageRequest(input: {
  pathname: string;
  method: string;
  localeCookie: string | undefined;
  acceptLanguage: string | null;
  signedIn: boolean;
}): TPageRoute {
  const { pathname } = input;
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || pathname === "/locale" || lastSegment.includes(".")) return { kind: "asIs" };
  const reading = input.method === "GET" || input.method === "HEAD";
  // Next.js forwards a server action posted to a page that does not have it to one that does, by
  // that page's route name, its language segment written literally (/[locale]/staff/refunds).
  const forwarded = /^\/\[locale\](\/.*)?$/.exec(pathname);
  if (forwarded) {
    const locale = negotiateLocale(input.localeCookie, input.acceptLanguage);
    const rest = forwarded[1] ?? "";
    return { kind: "perRequest", locale, rewrite: `/${locale}${rest === "/" ? "" : rest}` };
  }
  const prefixed = /^\/(zh|en)(\/.*)?$/.exec(pathname);
  if (prefixed && isLocale(prefixed[1])) {
    const locale = prefixed[1];
    const rest = prefixed[2] ?? "/";
    if (isPublicPagePath(rest)) {
      const suffix = rest === "/" ? "" : rest;
      return input.signedIn
        ? { kind: "perRequest", locale, rewrite: `/${locale}/member${suffix}` }
        : { kind: "cached", locale, rewrite: `/${locale}${suffix}` };
    }
    if (reading) return { kind: "redirect", to: rest };
  }
  const locale = negotiateLocale(input.localeCookie, input.acceptLanguage);
  if (isPublicPagePath(pathname)) {
    if (reading) return { kind: "redirect", to: publicPageUrl(locale, pathname) };
    return {
      kind: "perRequest",
      locale,
      rewrite: input.signedIn ? publicPageUrl(locale, `/member${pathname === "/" ? "" : pathname}`) : publicPageUrl(locale, pathname),
    };
  }
  return { kind: "perRequest", locale, rewrite: `/${locale}${pathname === "/" ? "" : pathname}` };
}
