import "server-only";
import type { TPrismaClient } from "../db";
import type { Role } from "../generated/prisma/enums";

import { sessionMaxAgeSeconds, sessionUpdateAgeSeconds } from "./auth-session-ages";

export { sessionMaxAgeSeconds, sessionUpdateAgeSeconds };

export type TActiveSessionUser = { id: string; email: string; name: string; role: Role; locale: "zh" | "en"; sessionVersion: number };

const expiryFrom = (now: Date) => new Date(now.getTime() + sessionMaxAgeSeconds * 1000);

/** Records a new signed-in session for the user (at sign-in); returns its id for the cookie. */
export async function startAuthSession(db: TPrismaClient, userId: string, now: Date = new Date()): Promise<string> {
  // Expired and revoked sessions of this user are no longer needed.
  await db.authSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lt: now } }, { revokedAt: { not: null } }] } });
  const session = await db.authSession.create({ data: { userId, expiresAt: expiryFrom(now) }, select: { id: true } });
  return session.id;
}

/**
 * The user of a session that is neither revoked nor expired, or null, in one read (the session
 * joined to its user: every signed-in request asks this). Rolls the session's expiry forward when
 * it was last moved more than a day ago (one write a day per active session).
 */
export async function readActiveSession(db: TPrismaClient, sessionId: string, now: Date = new Date()): Promise<TActiveSessionUser | null> {
  const rows = await db.$queryRaw<(TActiveSessionUser & { expiresAt: Date })[]>`
    SELECT s."expiresAt", u."id", u."email", u."name", u."role"::text AS "role", u."locale"::text AS "locale", u."sessionVersion"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}`;
  const row = rows[0];
  if (!row) return null;
  if (new Date(row.expiresAt).getTime() - now.getTime() < (sessionMaxAgeSeconds - sessionUpdateAgeSeconds) * 1000) {
    await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { expiresAt: expiryFrom(now) } });
  }
  const { expiresAt: _expiresAt, ...user } = row;
  return user;
}

/** Ends one session on the server (sign-out): any copy of its cookie stops working at once. */
export async function revokeAuthSession(db: TPrismaClient, sessionId: string, now: Date = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
