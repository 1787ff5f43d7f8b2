import "server-only";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Changes the caller's own password after checking the current one. Returns the new session
 * version: the caller re-issues its own session with it, other sessions end.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<number> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("unauthenticated");
  if (!user.passwordHash) throw new AppError("passwordNotSet");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError("wrongCurrentPassword");
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}
