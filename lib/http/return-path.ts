/**
 * Where to go back to after a form on a page (the language switch): the page it was on (Referer,
 * this site only: path and query, never another origin), else the home page.
 */
export function pathToReturnTo(referer: string | null, appOrigins: readonly string[]): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (!appOrigins.includes(url.origin) || url.pathname.startsWith("//")) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
