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

/**
 * Refuses (AppError emailNotVerified, answered 403 by JSON APIs) a learner whose email address is
 * not verified. Called first by every function that takes a seat or a place (seat holds, the
 * waitlist, group-buys, checkouts), before anything is written, so throwaway accounts cannot
 * squat seats.
 */
export async function assertEmailVerified(userId: string, db?: TPrismaClient | TTransaction): Promise<void> {
  if (!(await isEmailVerified(userId, db))) throw new AppError("emailNotVerified");
}
