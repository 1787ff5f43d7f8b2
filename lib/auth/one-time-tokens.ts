import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenKind } from "../generated/prisma/enums";
import type { TPrismaClient } from "../db";
import type { TTransaction } from "../db/transaction";
import { AppError } from "../errors";

export const tokenLifetimeMinutes: Record<AuthTokenKind, number> = { MAGIC_LINK: 15, PASSWORD_RESET: 30 };

function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Creates a one-time token for the user; only its SHA-256 is stored. Returns the raw token for the link. */
export async function issueOneTimeToken(db: TPrismaClient | TTransaction, userId: string, kind: AuthTokenKind, now: Date): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  await db.authToken.create({
    data: {
      kind,
      userId,
      tokenHash: hashToken(raw),
      expiresAt: new Date(now.getTime() + tokenLifetimeMinutes[kind] * 60_000),
    },
  });
  return raw;
}

/**
 * Uses a token exactly once. The conditional update makes two simultaneous uses of one link
 * succeed at most once. Throws tokenInvalid / tokenExpired / tokenUsed otherwise.
 */
export async function consumeOneTimeToken(db: TPrismaClient, raw: string, kind: AuthTokenKind, now: Date): Promise<string> {
  const tokenHash = hashToken(raw);
  const claimed = await db.authToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const token = await db.authToken.findUnique({ where: { tokenHash }, select: { userId: true, kind: true, usedAt: true, expiresAt: true } });
  if (claimed.count === 1 && token) return token.userId;
  if (!token || token.kind !== kind) throw new AppError("tokenInvalid");
  if (token.usedAt) throw new AppError("tokenUsed");
  throw new AppError("tokenExpired");
}

/** The user a token was issued to (used or not), or null: who has just signed in with a magic link. */
export async function readTokenOwner(db: TPrismaClient, raw: string): Promise<string | null> {
  const token = await db.authToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: { userId: true } });
  return token?.userId ?? null;
}
