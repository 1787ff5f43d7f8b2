import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, the mails telling the learner who their coach is and the
 * coach who their new learner is, each in their language. Once per assignment. Returns the outbox ids.
 */
export async function queueAssignmentMails(tx: TTransaction, assignmentId: string): Promise<string[]> {
  const assignment = await tx.coachAssignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      learner: { select: { name: true, email: true, locale: true } },
      coach: { select: { name: true, email: true, locale: true } },
    },
  });
  const { learner, coach } = assignment;
  const appUrl = env().APP_URL;
  const values = { learner: learner.name, learnerEmail: learner.email, coach: coach.name, coachEmail: coach.email };
  const toLearner = messagesFor(learner.locale).coaching;
  const learnerUrl = `${appUrl}/learn`;
  const coachUrl = `${appUrl}/coach/learners/${assignmentId}`;
  const toCoach = messagesFor(coach.locale).coaching;
  return [
    await enqueueMail(tx, {
      kind: "coaching.assignedLearner",
      to: learner.email,
      locale: learner.locale,
      subject: interpolate(toLearner.mailAssignedLearnerSubject, values),
      text: interpolate(toLearner.mailAssignedLearnerBody, { ...values, url: learnerUrl }),
      content: { action: { label: messagesFor(learner.locale).mailLayout.actions["coaching.assignedLearner"], url: learnerUrl } },
      dedupeKey: `coaching.assignedLearner:${assignmentId}`,
    }),
    await enqueueMail(tx, {
      kind: "coaching.assignedCoach",
      to: coach.email,
      locale: coach.locale,
      subject: interpolate(toCoach.mailAssignedCoachSubject, values),
      text: interpolate(toCoach.mailAssignedCoachBody, { ...values, url: coachUrl }),
      content: { action: { label: messagesFor(coach.locale).mailLayout.actions["coaching.assignedCoach"], url: coachUrl } },
      dedupeKey: `coaching.assignedCoach:${assignmentId}`,
    }),
  ];
}
