import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { EnrollmentStatus } from "../generated/prisma/enums";
import { promoteWaitlist } from "./promote-waitlist";

/**
 * Ends an active enrollment (cancellation, full refund, transfer) and offers the freed seat to
 * the waitlist. Idempotent: ending an enrollment that already ended changes nothing.
 * Callers check who may do this (staff, or the refund flow); this function does not.
 */
export async function endEnrollment(
  enrollmentId: string,
  status: Exclude<EnrollmentStatus, "ACTIVE" | "COMPLETED">,
  now: Date = new Date(),
): Promise<{ changed: boolean }> {
  const db = await getDb();
  const enrollment = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { cohortId: true } });
  if (!enrollment) throw new AppError("notFound");
  const updated = await db.enrollment.updateMany({ where: { id: enrollmentId, status: "ACTIVE" }, data: { status } });
  if (updated.count === 1) await promoteWaitlist(enrollment.cohortId, now);
  return { changed: updated.count === 1 };
}
