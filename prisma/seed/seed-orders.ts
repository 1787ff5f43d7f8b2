import type { TPrismaClient } from "../../lib/db/create-client";

const dayMs = 86_400_000;

/**
 * Payments for the seeded seats: every enrollment that has no order yet (the demo's direct
 * enrollments, and any another seed step made) gets a used seat hold and a PAID order by bank
 * transfer ("offline"), at the cohort's list price, paid five days before its first session (and
 * never later than two days before `today`). Enrollments that came from a transfer are paid by
 * the order of the enrollment they replaced, and ended ones (cancelled, refunded) by no one: both
 * are skipped. Each order opens its seat's account (at the new cohort when the seat was
 * transferred). Runs last; idempotent (each enrollment is handled once, in one transaction).
 */
export async function seedOrders(prisma: TPrismaClient, today: Date): Promise<{ ordersCreated: number }> {
  const enrollments = await prisma.enrollment.findMany({
    where: { order: { is: null }, transferIn: { is: null }, status: { in: ["ACTIVE", "COMPLETED", "TRANSFERRED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      userId: true,
      cohortId: true,
      holdId: true,
      transferOut: { select: { status: true, toEnrollment: { select: { id: true, cohortId: true, cohort: { select: { listPriceFen: true } } } } } },
      cohort: { select: { listPriceFen: true, sessions: { orderBy: { index: "asc" }, take: 1, select: { startsAt: true } } } },
    },
  });
  const latest = today.getTime() - 2 * dayMs;
  let ordersCreated = 0;
  for (const [position, enrollment] of enrollments.entries()) {
    const firstSession = enrollment.cohort.sessions[0]?.startsAt.getTime() ?? latest;
    // A minute apart, so the ledger lists them in a stable order.
    const paidAt = new Date(Math.min(firstSession - 5 * dayMs, latest) - position * 60_000);
    await prisma.$transaction(async (tx) => {
      const holdId =
        enrollment.holdId ??
        (
          await tx.seatHold.create({
            data: {
              cohortId: enrollment.cohortId,
              userId: enrollment.userId,
              status: "CONVERTED",
              source: "DIRECT",
              expiresAt: new Date(paidAt.getTime() + 15 * 60_000),
              createdAt: paidAt,
            },
            select: { id: true },
          })
        ).id;
      if (!enrollment.holdId) await tx.enrollment.update({ where: { id: enrollment.id }, data: { holdId } });
      const order = await tx.order.create({
        data: {
          userId: enrollment.userId,
          cohortId: enrollment.cohortId,
          holdId,
          status: "PAID",
          listPriceFen: enrollment.cohort.listPriceFen,
          amountFen: enrollment.cohort.listPriceFen,
          paymentMethod: "offline",
          paidAt,
          createdAt: paidAt,
          enrollmentId: enrollment.id,
        },
        select: { id: true },
      });
      // The seat's account sits where the seat is now (the seeded transfers moved some).
      const moved = enrollment.transferOut?.status === "COMPLETED" && enrollment.transferOut.toEnrollment ? enrollment.transferOut.toEnrollment : null;
      const account = await tx.seatAccount.create({
        data: {
          userId: enrollment.userId,
          cohortId: moved?.cohortId ?? enrollment.cohortId,
          enrollmentId: moved?.id ?? enrollment.id,
          agreedPriceFen: moved?.cohort.listPriceFen ?? enrollment.cohort.listPriceFen,
          createdAt: paidAt,
        },
        select: { id: true },
      });
      await tx.order.update({ where: { id: order.id }, data: { accountId: account.id, movedAt: moved ? paidAt : null } });
    });
    ordersCreated += 1;
  }
  return { ordersCreated };
}
