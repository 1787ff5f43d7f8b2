import "server-only";
import type { TTransaction } from "../db/transaction";
import type { TPrismaClient } from "../db/create-client";

/** Each new cohort costs ¥1,000 more than the last. */
export const cohortPriceStepFen = 100_000;

export type TCohortDefaults = {
  number: number;
  listPriceFen: number;
  groupPriceFen: number | null;
  startDate: string;
  campusId: string | null;
  classes: { code: string; capacity: number }[];
};

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * What a new cohort of the course starts from: the next number; the previous cohort's list price
 * + ¥1,000 and its group discount kept; the start two weeks after the previous one's; its campus
 * and classes. The previous cohort is the one with the highest number.
 */
export async function nextCohortDefaults(db: TPrismaClient | TTransaction, courseId: string, today: string): Promise<TCohortDefaults> {
  const previous = await db.cohort.findFirst({
    where: { courseId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      listPriceFen: true,
      groupPriceFen: true,
      startDate: true,
      campusId: true,
      classes: { orderBy: { code: "asc" }, select: { code: true, capacity: true } },
    },
  });
  if (!previous)
    return {
      number: 1,
      listPriceFen: 2_299_900,
      groupPriceFen: null,
      startDate: addDays(today, 28),
      campusId: null,
      classes: [
        { code: "A", capacity: 25 },
        { code: "B", capacity: 25 },
      ],
    };
  const listPriceFen = previous.listPriceFen + cohortPriceStepFen;
  const startDate = addDays(previous.startDate, 14) > today ? addDays(previous.startDate, 14) : addDays(today, 28);
  return {
    number: previous.number + 1,
    listPriceFen,
    groupPriceFen: previous.groupPriceFen === null ? null : listPriceFen - (previous.listPriceFen - previous.groupPriceFen),
    startDate,
    campusId: previous.campusId,
    classes:
      previous.classes.length > 0
        ? previous.classes
        : [
            { code: "A", capacity: 25 },
            { code: "B", capacity: 25 },
          ],
  };
}
