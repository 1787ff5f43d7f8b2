import type { TLocale } from "./types";

/**
 * The URL of a public page in a language: /zh/courses, /en/courses; the home page is /zh or /en.
 * Public pages are cached per URL, so links to them carry the language (see lib/http/page-route.ts).
 */
export function publicPageUrl(locale: TLocale, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/** The same page in another language: a public page's language prefix swapped, any other path unchanged. */
export function samePageIn(locale: TLocale, pathAndQuery: string): string {
  const match = /^\/(zh|en)(?=\/|\?|$)(.*)$/.exec(pathAndQuery);
  if (!match) return pathAndQuery;
  const rest = match[2] ?? "";
  return `/${locale}${rest}`;
}
