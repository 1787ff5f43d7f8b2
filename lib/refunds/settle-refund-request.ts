import "server-only";
import { getDb } from "../db";
import { endEnrollment } from "../enrollment/cancel-enrollment";

/**
 * An approved request whose every refund reached the learner (Stripe succeeded, or paid out
 * offline) is COMPLETED; when it was approved to end the enrollment, the seat ends now (never
 * before the money is back) and goes to the waitlist. A completed request whose refund failed
 * afterwards goes back to approved (money owed, listed for staff). Called whenever one of its
 * refunds changes, in whatever order those changes arrive; idempotent.
 */
export async function settleRefundRequest(requestId: string, now: Date = new Date()): Promise<"completed" | "waiting" | "reopened" | "unchanged"> {
  const db = await getDb();
  const request = await db.refundRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      status: true,
      approvedFen: true,
      endEnrollment: true,
      account: { select: { enrollmentId: true } },
      order: { select: { enrollmentId: true } },
      refunds: { select: { amountFen: true, status: true } },
    },
  });
  if (!request || (request.status !== "APPROVED" && request.status !== "COMPLETED")) return "unchanged";
  const returned = request.refunds.filter((refund) => refund.status === "SUCCEEDED").reduce((sum, refund) => sum + refund.amountFen, 0);
  if (request.approvedFen === null || returned < request.approvedFen) {
    // A refund failed after all (a closed card): the learner is owed money again, staff see it.
    if (request.status === "COMPLETED") {
      await db.refundRequest.updateMany({ where: { id: request.id, status: "COMPLETED" }, data: { status: "APPROVED" } });
      return "reopened";
    }
    return "waiting";
  }
  const done = await db.refundRequest.updateMany({ where: { id: request.id, status: "APPROVED" }, data: { status: "COMPLETED" } });
  const enrollmentId = request.account?.enrollmentId ?? request.order.enrollmentId;
  if (request.endEnrollment && enrollmentId) await endEnrollment(enrollmentId, "REFUNDED", now);
  return done.count === 1 ? "completed" : "unchanged";
}
