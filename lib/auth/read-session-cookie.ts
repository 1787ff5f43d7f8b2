import { decode } from "next-auth/jwt";

export type TSessionClaims = { userId: string; sessionId: string; sessionVersion: number };

const plainName = "authjs.session-token";
const secureName = "__Secure-authjs.session-token";

/**
 * The session cookie's name as Auth.js picks it for a request: the __Secure- one when the site is
 * on https — by its configured URL (AUTH_URL / NEXTAUTH_URL) when set, else by X-Forwarded-Proto,
 * https when that is missing (Auth.js's createActionURL and defaultCookies).
 */
export function sessionCookieName(forwardedProto: string | null, siteUrl: string | undefined = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL): string {
  const protocol = siteUrl ? new URL(siteUrl).protocol : `${forwardedProto ?? "https"}`.replace(/:?$/, ":");
  return protocol === "https:" ? secureName : plainName;
}

/** The cookie's value, joined from its chunks (name.0, name.1 …) when Auth.js had to split it. */
function cookieValue(cookies: readonly { name: string; value: string }[], name: string): string | undefined {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`) && /^\d+$/.test(cookie.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

/**
 * The claims of the request's session cookie — the user, the server-side session (AuthSession)
 * and the session version — read the way auth() reads them (same cookie, same secret, the
 * token's expiry checked), without running Auth.js's whole session endpoint, which also
 * re-encrypts a fresh cookie that a server component cannot send anyway. Null when there is no
 * valid cookie or it names no user or no session. Whether that session is still active is for
 * the caller to check (readActiveSession).
 */
export async function readSessionClaims(
  cookies: readonly { name: string; value: string }[],
  /** siteUrl: the configured site URL; by default AUTH_URL / NEXTAUTH_URL, as Auth.js reads them. */
  options: { secret: string; forwardedProto: string | null; siteUrl?: string; now?: number },
): Promise<TSessionClaims | null> {
  const name = sessionCookieName(options.forwardedProto, options.siteUrl);
  const value = cookieValue(cookies, name);
  if (!value) return null;
  const now = options.now ?? Date.now();
  const key = `${options.secret}\n${name}\n${value}`;
  const known = decoded.get(key);
  if (known) {
    if (now < known.expiresAt) return known.claims;
    decoded.delete(key);
    return null;
  }
  const token = await decode({ token: value, secret: options.secret, salt: name }).catch(() => null);
  const userId = token?.sub;
  const sessionId = token?.sid;
  if (typeof userId !== "string" || userId === "" || typeof sessionId !== "string" || sessionId === "") return null;
  const claims = { userId, sessionId, sessionVersion: typeof token!.sessionVersion === "number" ? token!.sessionVersion : -1 };
  if (typeof token!.exp === "number") {
    if (decoded.size >= decodedLimit) decoded.clear();
    decoded.set(key, { claims, expiresAt: token!.exp * 1000 });
  }
  return claims;
}

/**
 * Cookies already decrypted, by secret, cookie name and value, until the token's own expiry:
 * decrypting one (key derivation and JWE) costs about half a millisecond of CPU, on every signed-in
 * request. The same value always decrypts to the same claims, so a reader's next requests skip
 * it. Only valid tokens are kept (a forged cookie is decrypted, and refused, each time); the
 * map is emptied when full. Whether the session is still active is checked per request anyway.
 */
const decoded = new Map<string, { claims: TSessionClaims; expiresAt: number }>();
const decodedLimit = 10_000;
