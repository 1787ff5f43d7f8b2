import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/** The learner's page for one item of a set, where the review shows under the workspace. */
export function submissionPath(courseSlug: string, setId: string, itemIndex: number): string {
  return `/learn/courses/${courseSlug}/practice/${setId}?item=${itemIndex}#instructor-review`;
}

/**
 * Queues, in the caller's transaction (the one saving the review), the mail telling the learner
 * in their language that their rewrite was reviewed, with the verdict and a link to it. Returns
 * the outbox id, or null when there is no review.
 */
export async function queueReviewMail(tx: TTransaction, submissionId: string): Promise<string | null> {
  const row = await tx.exerciseSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { courseSlug: true, setId: true, itemId: true, user: { select: { email: true, name: true, locale: true } }, review: { select: { verdict: true } } },
  });
  if (!row.review) return null;
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
  return enqueueMail(tx, {
    kind: "review.done",
    to: row.user.email,
    locale,
    subject: interpolate(m.reviews.mailSubject, values),
    text: interpolate(m.reviews.mailBody, values),
    content: { action: { label: m.mailLayout.actions["review.done"], url: values.url }, facts: [{ label: m.mailLayout.facts.verdict, value: values.verdict }] },
  });
}
