import "server-only";
import { getDb, type TPrismaClient } from "../db";
import type { TTransaction } from "../db/transaction";
import { AppError } from "../errors";

/** Whether the user has proved their email address (a magic link, a verification mail or a password reset). */
export async function isEmailVerified(userId: string, db?: TPrismaClient | TTransaction): Promise<boolean> {
  const client = db ?? (await getDb());
  const user = await client.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return user?.emailVerified != null;
}

/** Which of these users have a verified email address (as isEmailVerified), in one read. */
export async function verifiedAmong(db: TPrismaClient | TTransaction, userIds: readonly string[]): Promise<Set<string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] }, emailVerified: { not: null } }, select: { id: true } });
  return new Set(users.map((user) => user.id));
}

/**
 * Refuses (AppError emailNotVerified, answered 403 by JSON APIs) a learner whose email address is
 * not verified. Called first by every function that takes a seat or a place (the waitlist,
 * group-buys, checkouts; seat holds ask verifiedAmong for everyone decided together), before
 * anything is written, so throwaway accounts cannot squat seats.
 */
export async function assertEmailVerified(userId: string, db?: TPrismaClient | TTransaction): Promise<void> {
  if (!(await isEmailVerified(userId, db))) throw new AppError("emailNotVerified");
}
