import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { assignmentScope } from "../access/assignment-scope";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueSessionMails } from "./queue-session-mails";

/**
 * Marks a scheduled session done or cancels it (the assignment's coach, staff or admins). Only a
 * SCHEDULED session changes, checked in the update itself, so two clicks never mail twice; a
 * cancellation mails the learner.
 */
export async function updateCoachSession(actor: TSessionUser, input: { sessionId: string; status: "DONE" | "CANCELLED" }): Promise<void> {
  const scope = assignmentScope(actor);
  const db = await getDb();
  const session = await db.coachSession.findFirst({ where: { id: input.sessionId, assignment: scope }, select: { id: true } });
  if (!session) throw new AppError("notFound");
  const mailIds = await db.$transaction(async (tx) => {
    const { count } = await tx.coachSession.updateMany({ where: { id: session.id, status: "SCHEDULED" }, data: { status: input.status } });
    if (count === 0) throw new AppError("coachSessionNotScheduled");
    return input.status === "CANCELLED" ? queueSessionMails(tx, session.id, "cancelled") : [];
  });
  await deliverQueuedMails(mailIds);
}
