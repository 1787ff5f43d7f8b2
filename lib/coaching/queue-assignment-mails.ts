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
  // One mail per side: who receives it, where its button leads, and which texts of the catalog it uses.
  const mails = [
    { kind: "coaching.assignedLearner", to: learner, url: `${appUrl}/learn`, subject: "mailAssignedLearnerSubject", body: "mailAssignedLearnerBody" },
    {
      kind: "coaching.assignedCoach",
      to: coach,
      url: `${appUrl}/coach/learners/${assignmentId}`,
      subject: "mailAssignedCoachSubject",
      body: "mailAssignedCoachBody",
    },
  ] as const;
  const ids: string[] = [];
  for (const mail of mails) {
    const m = messagesFor(mail.to.locale);
    ids.push(
      await enqueueMail(tx, {
        kind: mail.kind,
        to: mail.to.email,
        locale: mail.to.locale,
        subject: interpolate(m.coaching[mail.subject], values),
        text: interpolate(m.coaching[mail.body], { ...values, url: mail.url }),
        content: { action: { label: m.mailLayout.actions[mail.kind], url: mail.url } },
        dedupeKey: `${mail.kind}:${assignmentId}`,
      }),
    );
  }
  return ids;
}
