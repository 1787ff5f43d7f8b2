import "server-only";
import { getDb } from "../db";
import { readOpenGroups, type TOpenGroup } from "./read-group-page";
import { groupWindowOpen } from "./start-group";

export type TCohortGroupBuy = { priceFen: number; size: number; endsAt: Date; openGroups: TOpenGroup[] };

/** The cohort's group-buy offer while its window is open (price, size, deadline, groups to join); null otherwise. */
export async function readCohortGroupBuy(cohortId: string, now: Date = new Date()): Promise<TCohortGroupBuy | null> {
  const db = await getDb();
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { groupPriceFen: true, groupSize: true, groupBuyStartsAt: true, groupBuyEndsAt: true },
  });
  if (!cohort || !groupWindowOpen(cohort, now)) return null;
  return { priceFen: cohort.groupPriceFen!, size: cohort.groupSize, endsAt: cohort.groupBuyEndsAt!, openGroups: await readOpenGroups(cohortId, now) };
}
