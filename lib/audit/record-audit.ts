import "server-only";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import type { Prisma } from "../generated/prisma/client";

export type TAuditEntry = {
  actorId: string;
  /** What was done, as "<entity>.<verb>": cohort.create, session.reschedule, refund.approve, enrollment.moveClass … */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Dates and other values as plain JSON (what the audit viewer shows). */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/**
 * Records a staff action that changed money, seats, cohorts or roles. Call it with the same
 * transaction client as the change itself, so the change and its record commit together.
 */
export async function recordAudit(client: TTransaction | TPrismaClient, entry: TAuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
