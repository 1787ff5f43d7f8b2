import "server-only";
import type { TSessionUser } from "../../auth/session";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { assertStaff } from "../../access/staff-access";

export type TFailedMail = { id: string; kind: string; to: string; subject: string; attempts: number; lastError: string | null; createdAt: Date };

/** The mails that gave up after every attempt, newest first (staff and admins only). */
export async function listFailedMails(actor: TSessionUser, limit = 50): Promise<TFailedMail[]> {
  assertStaff(actor);
  const db = await getDb();
  return db.outboxMail.findMany({
    where: { status: "FAILED" },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true },
  });
}

/**
 * Puts a failed mail back in the queue for a fresh round of attempts (staff fixed SMTP or the
 * address). Only a FAILED row moves, so two clicks queue it once; it stays exactly-once.
 */
export async function retryFailedMail(actor: TSessionUser, outboxId: string, now: Date = new Date()): Promise<void> {
  assertStaff(actor);
  const db = await getDb();
  const { count } = await db.outboxMail.updateMany({
    where: { id: outboxId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null },
  });
  if (count === 0) throw new AppError("notFound");
}
