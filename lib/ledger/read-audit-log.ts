import "server-only";
import { z } from "zod";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertAdmin } from "../access/staff-access";
import { calendarDayBounds, ledgerPageSize } from "./ledger-filters";

const optionalText = z.string().trim().min(1).max(200).optional().catch(undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit log's filters as they arrive in the URL; anything malformed is ignored. */
export const ZAuditFilters = z.object({
  actor: optionalText,
  action: optionalText,
  entityType: optionalText,
  entityId: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

/**
 * One page of the audit log, newest first: who (actor's name and e-mail), what (action, entity),
 * when, and the before / after JSON. Filters: actor e-mail contains, action prefix ("refund."),
 * entity type, entity id, Shanghai calendar dates. Admins only (checked here).
 */
export async function readAuditLog(actor: TSessionUser, filters: TAuditFilters) {
  assertAdmin(actor);
  const db = await getDb();
  const createdAt = calendarDayBounds(filters.from, filters.to);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actor ? { actor: { email: { contains: filters.actor, mode: "insensitive" } } } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * ledgerPageSize,
      take: ledgerPageSize,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return { entries, total, pageSize: ledgerPageSize };
}

export type TAuditEntryRow = Awaited<ReturnType<typeof readAuditLog>>["entries"][number];
