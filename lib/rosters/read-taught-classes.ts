import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { CohortStatus } from "../generated/prisma/enums";

export type TTaughtClass = {
  id: string;
  code: string;
  capacity: number;
  size: number;
  cohort: {
    id: string;
    number: number;
    status: CohortStatus;
    startDate: string;
    campusZh: string;
    campusEn: string;
    courseTitleZh: string;
    courseTitleEn: string;
  };
};

/**
 * The classes the actor teaches, across cohorts (latest cohorts first), with their number of
 * active learners. For instructors (and staff who also teach); learners and coaches: forbidden.
 */
export async function readTaughtClasses(actor: TSessionUser): Promise<TTaughtClass[]> {
  if (actor.role === "LEARNER" || actor.role === "COACH") throw new AppError("forbidden");
  const db = await getDb();
  const classes = await db.cohortClass.findMany({
    where: { instructorId: actor.id, cohort: { status: { not: "CANCELLED" } } },
    orderBy: [{ cohort: { startDate: "desc" } }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      capacity: true,
      _count: { select: { enrollments: { where: { status: "ACTIVE" } } } },
      cohort: {
        select: {
          id: true,
          number: true,
          status: true,
          startDate: true,
          campus: { select: { nameZh: true, nameEn: true } },
          course: { select: { titleZh: true, titleEn: true } },
        },
      },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    code: c.code,
    capacity: c.capacity,
    size: c._count.enrollments,
    cohort: {
      id: c.cohort.id,
      number: c.cohort.number,
      status: c.cohort.status,
      startDate: c.cohort.startDate,
      campusZh: c.cohort.campus.nameZh,
      campusEn: c.cohort.campus.nameEn,
      courseTitleZh: c.cohort.course.titleZh,
      courseTitleEn: c.cohort.course.titleEn,
    },
  }));
}
