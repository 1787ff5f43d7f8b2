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
  /^\/courses\/[^/]+\/competencies$/,
  /^\/courses\/[^/]+\/syllabus$/,
  /^\/courses\/[^/]+\/guidelines\/[^/]+$/,
  /^\/courses\/[^/]+\/guidelines\/[^/]+\/[^/]+$/,
  /^\/certificates\/[^/]+$/,
];

export function isPublicPagePath(path: string): boolean {
  return publicPagePatterns.some((pattern) => pattern.test(path));
}

/** Whether a cookie is (a chunk of) Auth.js's session cookie (the __Secure- one on https; chunked ones end in .0, .1 …). */
export function isSessionCookieName(name: string): boolean {
  return name.startsWith("authjs.session-token") || name.startsWith("__Secure-authjs.session-token");
}

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (isSessionCookieName(name)) return true;
  return false;
}

export type TPageRoute =
  /** API routes, Next.js assets, files (icons, manifest), the language switch: left alone. */
  | { kind: "asIs" }
  /** A URL to send the browser to instead (a public page without its language, a private page with one). */
  | { kind: "redirect"; to: string }
  /** A public page for an anonymous visitor: the cached variant of the URL's language. */
  | { kind: "cached"; locale: TLocale; rewrite: string }
  /** A lesson the visitor's grant cookie names (see lib/lessons/lesson-grant.ts): its page prerendered at build, never stored by others. */
  | { kind: "prerendered"; locale: TLocale; rewrite: string }
  /** Any other page, or a public page for someone signed in: rendered per request. */
  | { kind: "perRequest"; locale: TLocale; rewrite: string };

/** Where the prerendered lesson pages live (app/[locale]/(reading)/prerendered-lessons): reached only by proxy.ts's rewrite, never by their own URL. */
export const prerenderedLessonsSegment = "prerendered-lessons";

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

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
  /** Whether the visitor's grant cookie names this lesson (checked by proxy.ts without the database). */
  lessonGranted?: (courseSlug: string, lessonSlug: string) => boolean;
}): TPageRoute {
  const { pathname } = input;
  // The prerendered lessons hold every lesson's body: their own URLs (in any language, spelling or
  // encoding, with a file suffix) answer 404, whoever asks. One exception: a server action Next.js
  // forwards there by the route's name, whose literal segments name no lesson (so no body).
  const forwardedAction = input.method === "POST" && pathname === `/[locale]/${prerenderedLessonsSegment}/[slug]/[lesson]`;
  if (decodedPath(pathname).includes(prerenderedLessonsSegment) && !forwardedAction) {
    const locale = negotiateLocale(input.localeCookie, input.acceptLanguage);
    return { kind: "perRequest", locale, rewrite: `/${locale}/page-not-found` };
  }
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
  const lesson = /^\/courses\/([a-z0-9][a-z0-9_-]{0,99})\/lessons\/([a-z0-9][a-z0-9_-]{0,99})$/.exec(pathname);
  if (lesson && reading && input.signedIn && input.lessonGranted?.(lesson[1]!, lesson[2]!)) {
    return { kind: "prerendered", locale, rewrite: `/${locale}/${prerenderedLessonsSegment}/${lesson[1]}/${lesson[2]}` };
  }
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
