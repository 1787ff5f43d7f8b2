import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../access/staff-access";

/** Every cohort (newest number first) for the ledger's cohort filter. Staff and admins only. */
export async function readLedgerCohorts(actor: TSessionUser) {
  assertStaff(actor);
  const db = await getDb();
  return db.cohort.findMany({
    orderBy: [{ number: "desc" }, { startDate: "desc" }],
    select: { id: true, number: true, campus: { select: { nameZh: true, nameEn: true } }, course: { select: { titleZh: true, titleEn: true } } },
  });
}
