import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { readRefundPolicy, termsFromPolicy, type TRefundTerms } from "../refunds/refund-policy";
import { readUpcomingCohorts, type TCohortCard } from "./read-upcoming-cohorts";

export type TViewerState =
  | { kind: "anonymous" }
  | { kind: "none" }
  | { kind: "holding"; holdId: string; expiresAt: Date }
  | { kind: "inGroup"; code: string }
  | { kind: "enrolled"; className: string }
  | { kind: "waitlisted"; position: number };

export type TCohortPage = TCohortCard & {
  sessions: { index: number; startsAt: Date; endsAt: Date; topicZh: string; topicEn: string; room: string | null; online: boolean }[];
  campusAddressZh: string | null;
  campusAddressEn: string | null;
  /** The cohort's refund terms, as the refund page computes them (shown before anyone pays). */
  refundTerms: TRefundTerms;
};

/**
 * A published cohort by course and number with its schedule and refund terms: the same for every
 * visitor (what the viewer has in it is `readCohortViewer`, read apart so the public page can be
 * cached). Online links are not shown publicly. Cached per request (the page and its metadata share one read).
 */
export const readCohortPage = cache(readCohortPageUncached);

/** What the signed-in viewer has in the cohort (enrolled, holding, in a group, waitlisted, nothing), read with their own id only. */
export const readCohortViewer = cache(async (cohortId: string, viewerId: string | null): Promise<TViewerState> =>
  viewerId ? viewerState(cohortId, viewerId, new Date()) : { kind: "anonymous" },
);

async function readCohortPageUncached(courseSlug: string, number: number, now?: Date): Promise<TCohortPage | null> {
  now ??= new Date();
  if (!Number.isInteger(number) || number < 1 || number > 100_000) return null;
  const card = (await readUpcomingCohorts(courseSlug, now)).find((cohort) => cohort.number === number);
  if (!card) return null;
  const db = await getDb();
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: card.id },
    select: {
      refundPolicy: true,
      campus: { select: { addressZh: true, addressEn: true } },
      sessions: { orderBy: { index: "asc" }, select: { index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, room: true, onlineUrl: true } },
    },
  });
  return {
    ...card,
    campusAddressZh: cohort.campus.addressZh,
    campusAddressEn: cohort.campus.addressEn,
    sessions: cohort.sessions.map(({ onlineUrl, ...session }) => ({ ...session, online: Boolean(onlineUrl) })),
    refundTerms: termsFromPolicy(readRefundPolicy(cohort.refundPolicy)),
  };
}

async function viewerState(cohortId: string, userId: string, now: Date): Promise<TViewerState> {
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({ where: { cohortId, userId, status: "ACTIVE" }, select: { class: { select: { code: true } } } });
  if (enrollment) return { kind: "enrolled", className: enrollment.class.code };
  const hold = await db.seatHold.findFirst({
    where: { cohortId, userId, status: "ACTIVE", expiresAt: { gt: now } },
    select: { id: true, expiresAt: true, groupMember: { select: { group: { select: { code: true } } } } },
  });
  if (hold?.groupMember) return { kind: "inGroup", code: hold.groupMember.group.code };
  if (hold) return { kind: "holding", holdId: hold.id, expiresAt: hold.expiresAt };
  const entry = await db.waitlistEntry.findUnique({ where: { cohortId_userId: { cohortId, userId } }, select: { status: true, joinedAt: true } });
  if (entry?.status === "WAITING") {
    const ahead = await db.waitlistEntry.count({ where: { cohortId, status: "WAITING", joinedAt: { lt: entry.joinedAt } } });
    return { kind: "waitlisted", position: ahead + 1 };
  }
  return { kind: "none" };
}
