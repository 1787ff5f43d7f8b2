import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { assertAdmin } from "../access/staff-access";

/**
 * An admin gives a user another role (learner, instructor, staff, coach, admin). Admins cannot
 * change their own role (so the school never loses its last admin by accident). The user's next
 * request already sees the new role (sessions re-read the user). Audited with before and after.
 */
export async function changeRole(actor: TSessionUser, userId: string, role: Role): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (userId === actor.id) throw new AppError("cannotChangeOwnRole");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new AppError("notFound");
    if (user.role === role) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: actor.id, action: "user.role", entityType: "User", entityId: userId, before: { role: user.role }, after: { role } });
    return { changed: true };
  });
}

/** Admins: users matching a name or email (case-insensitive), newest first, with their roles. */
export async function searchUsers(actor: TSessionUser, query: string, take = 50) {
  assertAdmin(actor);
  const db = await getDb();
  const q = query.trim().slice(0, 100);
  return db.user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}
