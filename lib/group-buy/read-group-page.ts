import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import type { GroupBuyStatus, GroupMemberStatus, OrderStatus } from "../generated/prisma/enums";
import { holdsPlace, placesLeft } from "./group-state";
import { memberState } from "./lock-group";
import { maskName } from "./mask-name";

export type TGroupViewer =
  | { kind: "anonymous" }
  | { kind: "outsider" }
  | { kind: "member"; memberId: string; status: GroupMemberStatus; orderStatus: OrderStatus | null; canPay: boolean };

export type TGroupPage = {
  id: string;
  code: string;
  status: GroupBuyStatus;
  outcome: "open" | "filled" | "failed";
  size: number;
  priceFen: number;
  deadline: Date;
  placesLeft: number;
  leaderName: string;
  cohort: {
    id: string;
    number: number;
    listPriceFen: number;
    courseSlug: string;
    titleZh: string;
    titleEn: string;
    campusZh: string;
    campusEn: string;
    /** What a friend needs to decide: where, when, and the sessions (public facts of the cohort). */
    online: boolean;
    timeZone: string;
    sessions: { index: number; startsAt: Date; endsAt: Date; topicZh: string; topicEn: string; room: string | null; online: boolean }[];
  };
  /** Members holding a place or enrolled through the group, names masked. */
  members: { id: string; name: string; isLeader: boolean; status: GroupMemberStatus; isViewer: boolean }[];
  viewer: TGroupViewer;
};

/**
 * A group as its share page shows it: public facts (cohort, price, places, deadline) and masked
 * member names; the viewer's own place and whether they can pay now. Cached per request.
 */
export const readGroupPage = cache(async (code: string, viewerId: string | null, now: Date = new Date()): Promise<TGroupPage | null> => {
  if (!/^[0-9A-Z]{4,16}$/.test(code)) return null;
  const db = await getDb();
  const group = await db.groupBuy.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      size: true,
      priceFen: true,
      deadline: true,
      filledAt: true,
      leaderId: true,
      leader: { select: { name: true } },
      cohort: {
        select: {
          id: true,
          number: true,
          listPriceFen: true,
          timeZone: true,
          course: { select: { slug: true, titleZh: true, titleEn: true } },
          campus: { select: { nameZh: true, nameEn: true, isOnline: true } },
          sessions: { orderBy: { index: "asc" }, select: { index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, room: true } },
        },
      },
      members: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          userId: true,
          status: true,
          late: true,
          holdId: true,
          orderId: true,
          user: { select: { name: true } },
          hold: { select: { status: true, expiresAt: true } },
          order: { select: { status: true, stripeCheckoutUrl: true, checkoutExpiresAt: true } },
        },
      },
    },
  });
  if (!group) return null;
  const states = group.members.map((member) => memberState(member, now));
  // Open: who holds a place now. Decided: everyone who paid or authorized in time.
  const visible = group.members.filter((member, i) =>
    group.status === "OPEN"
      ? holdsPlace(states[i]!) || member.status === "CAPTURED"
      : !member.late && member.status !== "DROPPED" && member.status !== "PENDING_PAYMENT",
  );
  const mine = viewerId ? [...group.members].reverse().find((member) => member.userId === viewerId) : undefined;
  const viewer: TGroupViewer = !viewerId
    ? { kind: "anonymous" }
    : mine && mine.status !== "DROPPED"
      ? {
          kind: "member",
          memberId: mine.id,
          status: mine.status,
          orderStatus: mine.order?.status ?? null,
          canPay:
            group.status === "OPEN" &&
            mine.status === "PENDING_PAYMENT" &&
            !mine.late &&
            memberState(mine, now).placeLive === true &&
            (mine.order === null || mine.order.status === "PENDING"),
        }
      : { kind: "outsider" };
  const { cohort } = group;
  return {
    id: group.id,
    code: group.code,
    status: group.status,
    outcome: group.filledAt ? "filled" : group.status === "OPEN" ? "open" : "failed",
    size: group.size,
    priceFen: group.priceFen,
    deadline: group.deadline,
    placesLeft: group.status === "OPEN" ? placesLeft(group, states) : 0,
    leaderName: maskName(group.leader.name),
    cohort: {
      id: cohort.id,
      number: cohort.number,
      listPriceFen: cohort.listPriceFen,
      courseSlug: cohort.course.slug,
      titleZh: cohort.course.titleZh,
      titleEn: cohort.course.titleEn,
      campusZh: cohort.campus.nameZh,
      campusEn: cohort.campus.nameEn,
      online: cohort.campus.isOnline,
      timeZone: cohort.timeZone,
      sessions: cohort.sessions.map((session) => ({ ...session, online: cohort.campus.isOnline })),
    },
    members: visible.map((member) => ({
      id: member.id,
      name: maskName(member.user.name),
      isLeader: member.userId === group.leaderId,
      status: member.status,
      isViewer: member.userId === viewerId,
    })),
    viewer,
  };
});

export type TOpenGroup = { code: string; leaderName: string; placesLeft: number; deadline: Date };

/** Open groups of a cohort that still have a place, for its page (leaders' names masked). */
export async function readOpenGroups(cohortId: string, now: Date = new Date(), take = 6): Promise<TOpenGroup[]> {
  const db = await getDb();
  const groups = await db.groupBuy.findMany({
    where: { cohortId, status: "OPEN", deadline: { gt: now } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: {
      code: true,
      status: true,
      size: true,
      deadline: true,
      leader: { select: { name: true } },
      members: { select: { status: true, late: true, hold: { select: { status: true, expiresAt: true } } } },
    },
  });
  return groups
    .map((group) => ({
      code: group.code,
      leaderName: maskName(group.leader.name),
      deadline: group.deadline,
      placesLeft: placesLeft(
        group,
        group.members.map((member) => memberState(member, now)),
      ),
    }))
    .filter((group) => group.placesLeft > 0)
    .slice(0, take);
}
