import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { readOpenAssignment } from "./read-open-assignment";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueSessionMails } from "./queue-session-mails";

export const sessionMinutes = { min: 15, max: 240 } as const;
export const maxTopicLength = 200;

export type TScheduleInput = {
  assignmentId: string;
  startsAt: Date;
  durationMinutes: number;
  /** An https link to the call; empty or missing means none. */
  onlineUrl?: string | null;
  topic?: string | null;
};

/** The https link as stored, null when empty; coachLinkInvalid for anything that is not an https URL. */
function checkedLink(value: string | null | undefined): string | null {
  const link = value?.trim() ?? "";
  if (link === "") return null;
  try {
    const url = new URL(link);
    if (url.protocol !== "https:" || !url.hostname) throw new Error("not https");
    return url.toString();
  } catch {
    throw new AppError("coachLinkInvalid");
  }
}

/**
 * Schedules a one-to-one session on an open assignment (its coach, staff or admins): it starts
 * after `now`, lasts 15–240 whole minutes, and its optional online link is https. The learner and
 * the coach are each mailed the date and time (Asia/Shanghai) and the link.
 */
export async function scheduleCoachSession(actor: TSessionUser, input: TScheduleInput, now: Date = new Date()): Promise<{ sessionId: string }> {
  if (Number.isNaN(input.startsAt.getTime()) || input.startsAt <= now) throw new AppError("coachSessionInPast");
  const minutes = input.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < sessionMinutes.min || minutes > sessionMinutes.max) throw new AppError("coachSessionDuration");
  const onlineUrl = checkedLink(input.onlineUrl);
  const topic = input.topic?.trim() || null;
  if (topic && topic.length > maxTopicLength) throw new AppError("invalidInput");
  const db = await getDb();
  const assignment = await readOpenAssignment(db, actor, input.assignmentId);
  const { session, mailIds } = await db.$transaction(async (tx) => {
    const created = await tx.coachSession.create({
      data: { assignmentId: assignment.id, startsAt: input.startsAt, durationMinutes: minutes, onlineUrl, topic },
      select: { id: true },
    });
    return { session: created, mailIds: await queueSessionMails(tx, created.id, "scheduled") };
  });
  await deliverQueuedMails(mailIds);
  return { sessionId: session.id };
}
