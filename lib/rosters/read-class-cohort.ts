import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { assertCanSeeClass } from "../access/staff-access";

/**
 * The cohort a class belongs to, for pages addressed by class. Staff may ask about any class (an
 * unknown one is notFound); an instructor only about a class they teach (anything else, unknown
 * or not, is forbidden, so nothing leaks); anyone else: forbidden. Read-only.
 */
export async function readClassCohort(
  actor: TSessionUser,
  classId: string,
): Promise<{ classId: string; code: string; cohortId: string; cohortNumber: number }> {
  await assertCanSeeClass(actor, classId);
  const db = await getDb();
  const found = await db.cohortClass.findUnique({ where: { id: classId }, select: { id: true, code: true, cohort: { select: { id: true, number: true } } } });
  if (!found) throw new AppError("notFound");
  return { classId: found.id, code: found.code, cohortId: found.cohort.id, cohortNumber: found.cohort.number };
}
