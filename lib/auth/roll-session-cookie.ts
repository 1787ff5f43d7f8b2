import { decode, encode } from "next-auth/jwt";

/** Auth.js's session cookie names (the __Secure- one on https). */
const cookieNames = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * A fresh session cookie when the one sent is valid and was issued more than `updateAgeSeconds`
 * ago: the same claims (user, session id, version), re-issued for another `maxAgeSeconds`. So a
 * session used at least once a week never runs out, and an unused one ends after a week. Null when
 * there is nothing to roll. (The server-side AuthSession row decides whether the session is still
 * valid; this only keeps the cookie's own expiry in step with it.)
 */
export async function rollSessionCookie(
  readCookie: (name: string) => string | undefined,
  options: { secret: string; maxAgeSeconds: number; updateAgeSeconds: number; now?: Date },
): Promise<{ name: string; value: string; secure: boolean; maxAge: number } | null> {
  const name = cookieNames.find((candidate) => readCookie(candidate) !== undefined);
  if (!name) return null;
  const token = await decode({ token: readCookie(name), secret: options.secret, salt: name }).catch(() => null);
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (!token || typeof token.iat !== "number" || nowSeconds - token.iat < options.updateAgeSeconds) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const value = await encode({ token: claims, secret: options.secret, salt: name, maxAge: options.maxAgeSeconds });
  return { name, value, secure: name.startsWith("__Secure-"), maxAge: options.maxAgeSeconds };
}
