/** Any origin will do: only whether the browser would stay on it matters. */
const probeOrigin = "http://return-path.invalid";

/**
 * Control characters (C0, DEL, C1), whitespace (browsers strip tabs and newlines from URLs, so
 * "/\t/evil" becomes "//evil"), Unicode line separators, backslashes (read as "/") and lone
 * surrogates (not text at all).
 */
const refused = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\s\\]/u;

/**
 * Only same-origin paths may be used as a place to return to after sign-in (no open redirects).
 * The path is resolved the way a browser resolves a Location header (WHATWG URL rules); only a
 * result on the same origin counts, and what comes back is its path, query and fragment,
 * percent-encoded (ASCII only, safe in a Location header). Anything else gives the fallback.
 */
export function safeReturnPath(next: unknown, fallback = "/learn"): string {
  if (typeof next !== "string" || next.length > 2000 || !next.startsWith("/") || refused.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, probeOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== probeOrigin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/a/..//evil" resolves to the path "//evil", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
