import "server-only";
import type { TPrismaClient } from "../db";
import { batchWhileBusy } from "../db/batch-while-busy";
import { Prisma } from "../generated/prisma/client";
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

type TSessionRow = TActiveSessionUser & { sessionId: string; expiresAt: Date };

/** One batched reader per database client (see readActiveSession). */
const readers = new WeakMap<TPrismaClient, (sessionId: string, group?: string) => Promise<TActiveSessionUser | undefined>>();

function readerFor(db: TPrismaClient) {
  let reader = readers.get(db);
  if (!reader) {
    reader = batchWhileBusy((ids: string[], group) => readSessions(db, ids, group === "" ? new Date() : new Date(Number(group))));
    readers.set(db, reader);
  }
  return reader;
}

/** Sessions neither revoked nor expired at `now`, with their users, in one read; rolls the ones due. */
async function readSessions(db: TPrismaClient, ids: string[], now: Date): Promise<Map<string, TActiveSessionUser>> {
  const rows = await db.$queryRaw<TSessionRow[]>`
    SELECT s."id" AS "sessionId", s."expiresAt", u."id", u."email", u."name", u."role"::text AS "role", u."locale"::text AS "locale", u."sessionVersion"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" IN (${Prisma.join(ids)}) AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}`;
  const rollBefore = now.getTime() + (sessionMaxAgeSeconds - sessionUpdateAgeSeconds) * 1000;
  const due = rows.filter((row) => new Date(row.expiresAt).getTime() < rollBefore).map((row) => row.sessionId);
  if (due.length > 0) await db.authSession.updateMany({ where: { id: { in: due }, revokedAt: null }, data: { expiresAt: expiryFrom(now) } });
  return new Map(rows.map(({ sessionId, expiresAt: _expiresAt, ...user }) => [sessionId, user]));
}

/**
 * The user of a session that is neither revoked nor expired, or null, in one read (the session
 * joined to its user: every signed-in request asks this). The sessions asked for while a read is
 * in flight are read together next (batchWhileBusy), so a burst of signed-in requests costs a few
 * queries, not one each. Rolls the session's expiry forward when it was last moved more than a
 * day ago (one write a day per active session). `now` is for tests; by default, the time of the read.
 */
export async function readActiveSession(db: TPrismaClient, sessionId: string, now?: Date): Promise<TActiveSessionUser | null> {
  return (await readerFor(db)(sessionId, now ? String(now.getTime()) : "")) ?? null;
}

/** Ends one session on the server (sign-out): any copy of its cookie stops working at once. */
export async function revokeAuthSession(db: TPrismaClient, sessionId: string, now: Date = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
