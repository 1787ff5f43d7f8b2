import "server-only";
import type { TTransaction } from "../db/transaction";
import { lockCohort, type TLockedCohort } from "../enrollment/seat-accounting";
import type { TMember } from "./group-state";

export type TLockedMember = {
  id: string;
  userId: string;
  status: TMember["status"];
  late: boolean;
  holdId: string;
  orderId: string | null;
  hold: { status: string; expiresAt: Date };
};

export type TLockedGroup = {
  id: string;
  code: string;
  cohortId: string;
  size: number;
  priceFen: number;
  deadline: Date;
  status: "OPEN" | "FILLED" | "FAILED" | "SETTLED";
  cohort: TLockedCohort;
  members: TLockedMember[];
};

/**
 * Locks a group for the rest of the transaction: first its cohort's row (the lock every seat
 * change takes), then the group's row. Always in this order, so joins, payments and settling
 * never deadlock each other. Returns the group with its members, or null.
 */
export async function lockGroup(tx: TTransaction, groupId: string): Promise<TLockedGroup | null> {
  const found = await tx.groupBuy.findUnique({ where: { id: groupId }, select: { cohortId: true } });
  if (!found) return null;
  const cohort = await lockCohort(tx, found.cohortId);
  if (!cohort) return null;
  await tx.$queryRaw`SELECT id FROM "GroupBuy" WHERE id = ${groupId} FOR UPDATE`;
  const group = await tx.groupBuy.findUniqueOrThrow({
    where: { id: groupId },
    select: {
      id: true,
      code: true,
      cohortId: true,
      size: true,
      priceFen: true,
      deadline: true,
      status: true,
      members: {
        orderBy: { createdAt: "asc" },
        select: { id: true, userId: true, status: true, late: true, holdId: true, orderId: true, hold: { select: { status: true, expiresAt: true } } },
      },
    },
  });
  return { ...group, cohort };
}

/** The pure view of a member the state machine reasons about (is the pending place still live?). */
export function memberState(member: Pick<TLockedMember, "status" | "late" | "hold">, now: Date): TMember {
  return { status: member.status, late: member.late, placeLive: member.hold.status === "ACTIVE" && member.hold.expiresAt > now };
}
