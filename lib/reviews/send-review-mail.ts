import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { sendMail } from "../mail/send-mail";

/** The learner's page for one item of a set, where the review shows under the workspace. */
export function submissionPath(courseSlug: string, setId: string, itemIndex: number): string {
  return `/learn/courses/${courseSlug}/practice/${setId}?item=${itemIndex}#instructor-review`;
}

/** Tells the learner, in their language, that their rewrite was reviewed, with the verdict and a link to it. */
export async function sendReviewMail(submissionId: string): Promise<void> {
  const db = await getDb();
  const row = await db.exerciseSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { courseSlug: true, setId: true, itemId: true, user: { select: { email: true, name: true, locale: true } }, review: { select: { verdict: true } } },
  });
  if (!row.review) return;
  const { locale } = row.user;
  const m = messagesFor(locale);
  const set = await loadExerciseSet(row.courseSlug, row.setId);
  const index = (set?.items.findIndex((item) => item.id === row.itemId) ?? -1) + 1;
  const values = {
    name: row.user.name,
    set: set ? (locale === "zh" ? set.title : set.titleEn) : row.setId,
    index: Math.max(index, 1),
    verdict: m.reviews.verdicts[row.review.verdict],
    url: `${env().APP_URL}${submissionPath(row.courseSlug, row.setId, Math.max(index, 1))}`,
  };
  await sendMail({ to: row.user.email, subject: interpolate(m.reviews.mailSubject, values), text: interpolate(m.reviews.mailBody, values) });
}
