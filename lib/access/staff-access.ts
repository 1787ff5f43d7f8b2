import "server-only";
import { hasRole } from "../auth/roles";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Access rules of the back-office, checked in the data layer (every read and write function
 * calls one of these first, whatever page or action called it):
 * - money, cohorts, refunds, the ledger: staff and admins;
 * - rosters and attendance: staff and admins for every class, instructors for the classes they teach;
 * - coaching: staff and admins assign; a coach sees only their own learners;
 * - the audit log: admins.
 */
export function assertStaff(actor: TSessionUser): void {
  if (!hasRole(actor, ["STAFF"])) throw new AppError("forbidden");
}

export function assertAdmin(actor: TSessionUser): void {
  if (!hasRole(actor, ["ADMIN"])) throw new AppError("forbidden");
}

export function isStaff(actor: TSessionUser): boolean {
  return hasRole(actor, ["STAFF"]);
}

/** Staff see every class; an instructor only the classes they teach; everyone else none. */
export async function assertCanSeeClass(actor: TSessionUser, classId: string): Promise<void> {
  if (isStaff(actor)) return;
  if (actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  const db = await getDb();
  const taught = await db.cohortClass.findFirst({ where: { id: classId, instructorId: actor.id }, select: { id: true } });
  if (!taught) throw new AppError("forbidden");
}

/** The ids of the classes the actor may see in a cohort (all for staff, their own for an instructor). */
export async function visibleClassIds(actor: TSessionUser, cohortId: string): Promise<string[]> {
  const db = await getDb();
  if (isStaff(actor)) return (await db.cohortClass.findMany({ where: { cohortId }, select: { id: true } })).map((c) => c.id);
  if (actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  return (await db.cohortClass.findMany({ where: { cohortId, instructorId: actor.id }, select: { id: true } })).map((c) => c.id);
}
