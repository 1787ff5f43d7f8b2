import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { needsPersonAfter } from "../retry/backoff";
import { assertStaff } from "../access/staff-access";

/**
 * Background work that kept failing and stopped retrying by itself: pending orders reconciliation
 * could not settle with Stripe, and Stripe refunds that could not be issued. Staff only.
 */
export async function readStuckWork(actor: TSessionUser, take = 100) {
  assertStaff(actor);
  const db = await getDb();
  const who = { user: { select: { name: true, email: true } }, cohort: { select: { number: true } } } as const;
  const [orders, refunds] = await Promise.all([
    db.order.findMany({
      where: { status: "PENDING", retryAttempts: { gte: needsPersonAfter } },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, amountFen: true, stripeCheckoutSessionId: true, retryAttempts: true, createdAt: true, ...who },
    }),
    db.refund.findMany({
      where: { method: "STRIPE", status: "PENDING", stripeRefundId: null, retryAttempts: { gte: needsPersonAfter } },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, amountFen: true, retryAttempts: true, createdAt: true, order: { select: { id: true, ...who } } },
    }),
  ]);
  return { orders, refunds };
}

export type TStuckWork = Awaited<ReturnType<typeof readStuckWork>>;

/** Staff ask for another round of attempts (after fixing the cause, e.g. the Stripe key). Audited. */
export async function retryStuckWork(actor: TSessionUser, input: { kind: "order" | "refund"; id: string }): Promise<void> {
  assertStaff(actor);
  const db = await getDb();
  const reset = { retryAttempts: 0, retryAfter: null };
  const changed =
    input.kind === "order"
      ? await db.order.updateMany({ where: { id: input.id, retryAttempts: { gte: needsPersonAfter } }, data: reset })
      : await db.refund.updateMany({ where: { id: input.id, retryAttempts: { gte: needsPersonAfter } }, data: reset });
  if (changed.count === 0) throw new AppError("notFound");
  await recordAudit(db, {
    actorId: actor.id,
    action: "work.retry",
    entityType: input.kind === "order" ? "Order" : "Refund",
    entityId: input.id,
    before: { retryAttempts: needsPersonAfter },
    after: { retryAttempts: 0 },
  });
}
