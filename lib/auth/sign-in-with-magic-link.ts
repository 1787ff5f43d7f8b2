import "server-only";
import { getDb } from "../db";
import type { TAuthenticatedUser } from "./authenticate-password";
import { consumeOneTimeToken } from "./one-time-tokens";

/**
 * Uses a magic-link token once and returns the user it was issued to. Following the link
 * also proves the email address, so it is marked verified.
 */
export async function signInWithMagicLink(token: string, now: Date = new Date()): Promise<TAuthenticatedUser> {
  const db = await getDb();
  const userId = await consumeOneTimeToken(db, token, "MAGIC_LINK", now);
  const user = await db.user.update({
    where: { id: userId },
    data: { emailVerified: now },
    select: { id: true, sessionVersion: true },
  });
  return user;
}
