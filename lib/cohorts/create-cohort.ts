import { TZDate } from "@date-fns/tz";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import type { TRefundPolicy } from "../refunds/refund-policy";
import { checkGroupWindow } from "../group-buy/group-state";
import { firstWeekendOnOrAfter, generateWeekendSessions } from "./generate-sessions";

export type TNewCohort = {
  courseId: string;
  campusId: string;
  number: number;
  startDate: string;
  timeZone?: string;
  status?: "DRAFT" | "OPEN" | "RUNNING";
  capacity?: number;
  classes?: readonly { code: string; capacity: number }[];
  listPriceFen: number;
  groupPriceFen?: number | null;
  /** Group-buy (拼团): members per group and the window (at most 4 days: card authorizations must outlive it). */
  groupSize?: number;
  groupBuyStartsAt?: Date | null;
  groupBuyEndsAt?: Date | null;
  /** Default: 23:59 local time, three days before the first session. */
  enrollmentDeadline?: Date;
  room?: string | null;
  onlineUrl?: string | null;
  /** The refund policy table (lib/refunds/refund-policy.ts); omitted = the school's default. */
  refundPolicy?: TRefundPolicy;
  /** What happens to a seat while its payment is disputed; default KEEP (kept and flagged). */
  disputeSeatRule?: "KEEP" | "RELEASE";
};

/** 23:59 local time `days` days before the local date `startDate`. */
export function deadlineBefore(startDate: string, timeZone: string, days = 3): Date {
  const [year, month, day] = startDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day - days, 23, 59, 0, timeZone).getTime());
}

/**
 * Creates a cohort with its classes (default A and B of 25) and ten weekend sessions generated
 * from the start date, in one transaction. Used by the seed and by staff tools (which check the
 * caller's role before calling). Throws on a duplicate (course, number).
 */
export async function createCohort(db: TPrismaClient, input: TNewCohort): Promise<{ id: string }> {
  return db.$transaction((tx) => createCohortIn(tx, input));
}

/** createCohort inside the caller's transaction (staff tools add the audit record to it). */
export async function createCohortIn(tx: TTransaction, input: TNewCohort): Promise<{ id: string }> {
  const timeZone = input.timeZone ?? "Asia/Shanghai";
  const startDate = firstWeekendOnOrAfter(input.startDate, timeZone);
  const classes = input.classes ?? [
    { code: "A", capacity: 25 },
    { code: "B", capacity: 25 },
  ];
  const sessions = generateWeekendSessions({ startDate, timeZone });
  if (input.groupBuyStartsAt && input.groupBuyEndsAt && checkGroupWindow(input.groupBuyStartsAt, input.groupBuyEndsAt) !== "ok") {
    throw new RangeError("group-buy window must end after it starts and last at most 4 days");
  }
  return tx.cohort.create({
    data: {
      courseId: input.courseId,
      campusId: input.campusId,
      number: input.number,
      startDate,
      timeZone,
      status: input.status ?? "DRAFT",
      capacity: input.capacity ?? classes.reduce((sum, c) => sum + c.capacity, 0),
      enrollmentDeadline: input.enrollmentDeadline ?? deadlineBefore(startDate, timeZone),
      listPriceFen: input.listPriceFen,
      groupPriceFen: input.groupPriceFen ?? null,
      groupSize: input.groupSize ?? 3,
      groupBuyStartsAt: input.groupBuyStartsAt ?? null,
      groupBuyEndsAt: input.groupBuyEndsAt ?? null,
      refundPolicy: input.refundPolicy ?? undefined,
      disputeSeatRule: input.disputeSeatRule ?? "KEEP",
      classes: { create: classes.map((c) => ({ code: c.code, capacity: c.capacity })) },
      sessions: {
        create: sessions.map((session) => ({ ...session, room: input.room ?? null, onlineUrl: input.onlineUrl ?? null })),
      },
    },
    select: { id: true },
  });
}
