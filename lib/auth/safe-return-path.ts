/** Only same-site paths may be used as a place to return to after sign-in (no open redirects). */
export function safeReturnPath(next: unknown, fallback = "/learn"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  return next;
}
