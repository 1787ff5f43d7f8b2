import "server-only";
import { recordAudit } from "../audit/record-audit";
import { hasRole } from "../auth/roles";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { GroupBuyStatus } from "../generated/prisma/enums";
import { settleGroup, type TSettleResult } from "./settle-group";

export const staffGroupFilters = ["ALL", "OPEN", "FILLED", "FAILED", "SETTLED"] as const;
export type TStaffGroupFilter = (typeof staffGroupFilters)[number];

function assertStaff(actor: TSessionUser): void {
  if (!hasRole(actor, ["STAFF"])) throw new AppError("forbidden");
}

/** Every group (newest first), with members, their payments and real names: staff and admins only. */
export async function readStaffGroups(actor: TSessionUser, filter: TStaffGroupFilter = "ALL", take = 100) {
  assertStaff(actor);
  const db = await getDb();
  return db.groupBuy.findMany({
    where: filter === "ALL" ? {} : { status: filter as GroupBuyStatus },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      code: true,
      status: true,
      size: true,
      priceFen: true,
      deadline: true,
      filledAt: true,
      failedAt: true,
      settledAt: true,
      settledEarlyById: true,
      createdAt: true,
      cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } },
      leader: { select: { name: true, email: true } },
      members: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          late: true,
          dropReason: true,
          createdAt: true,
          user: { select: { name: true, email: true } },
          order: { select: { id: true, status: true, amountFen: true, refundedFen: true, paymentMethod: true, stripePaymentIntentId: true } },
        },
      },
    },
  });
}

export type TStaffGroup = Awaited<ReturnType<typeof readStaffGroups>>[number];

/** Staff settle a group now: an open group fails at once (as if its deadline had passed); a decided one is settled again. */
export async function settleGroupAsStaff(actor: TSessionUser, groupId: string): Promise<TSettleResult> {
  assertStaff(actor);
  const db = await getDb();
  const group = await db.groupBuy.findUnique({ where: { id: groupId }, select: { id: true, status: true } });
  if (!group) throw new AppError("groupNotFound");
  const result = await settleGroup(group.id, { closeBy: actor.id });
  await recordAudit(db, {
    actorId: actor.id,
    action: "groupBuy.settleEarly",
    entityType: "GroupBuy",
    entityId: group.id,
    before: { status: group.status },
    after: result,
  });
  return result;
}
