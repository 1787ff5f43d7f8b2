import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { sendMail } from "../mail/send-mail";

/** Tells the learner who their coach is, and the coach who their new learner is, each in their language. */
export async function sendAssignmentMails(assignmentId: string): Promise<void> {
  const db = await getDb();
  const assignment = await db.coachAssignment.findUniqueOrThrow({
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
  await sendMail({
    to: learner.email,
    subject: interpolate(toLearner.mailAssignedLearnerSubject, values),
    text: interpolate(toLearner.mailAssignedLearnerBody, { ...values, url: `${appUrl}/learn` }),
  });
  const toCoach = messagesFor(coach.locale).coaching;
  await sendMail({
    to: coach.email,
    subject: interpolate(toCoach.mailAssignedCoachSubject, values),
    text: interpolate(toCoach.mailAssignedCoachBody, { ...values, url: `${appUrl}/coach/learners/${assignmentId}` }),
  });
}
