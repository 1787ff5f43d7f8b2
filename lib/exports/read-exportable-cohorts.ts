import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isStaff } from "../access/staff-access";

export type TExportableCohort = { id: string; number: number; campusZh: string; campusEn: string; startDate: string };

/**
 * The cohorts whose labels the caller may export, newest number first: every cohort for staff and
 * admins, the cohorts of the classes they teach for an instructor; forbidden for anyone else.
 */
export async function readExportableCohorts(actor: TSessionUser): Promise<TExportableCohort[]> {
  const staff = isStaff(actor);
  if (!staff && actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  const db = await getDb();
  const cohorts = await db.cohort.findMany({
    where: staff ? {} : { classes: { some: { instructorId: actor.id } } },
    orderBy: [{ number: "desc" }, { startDate: "desc" }],
    select: { id: true, number: true, startDate: true, campus: { select: { nameZh: true, nameEn: true } } },
  });
  return cohorts.map((c) => ({ id: c.id, number: c.number, campusZh: c.campus.nameZh, campusEn: c.campus.nameEn, startDate: c.startDate }));
}
