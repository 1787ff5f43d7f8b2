import "server-only";
import { getDb } from "../db";
import { certificateCodePattern } from "./qualification-rules";

/** Everything the public verification page shows — and nothing else (no email, no scores, no ids). */
export type TPublicCertificate = {
  code: string;
  learnerName: string;
  courseTitleZh: string;
  courseTitleEn: string;
  cohortNumber: number | null;
  issuedAt: Date;
  qualificationPassedAt: Date | null;
};

/**
 * A certificate by its public code, for anyone (no sign-in): learner name, course title, cohort
 * number, issue date and the date the qualification test was passed. Null for a malformed or
 * unknown code.
 */
export async function readCertificate(code: string): Promise<TPublicCertificate | null> {
  const normalized = code.trim().toUpperCase();
  if (!certificateCodePattern.test(normalized)) return null;
  const db = await getDb();
  const certificate = await db.certificate.findUnique({
    where: { code: normalized },
    select: { code: true, courseSlug: true, cohortId: true, issuedAt: true, user: { select: { name: true } }, attempt: { select: { submittedAt: true } } },
  });
  if (!certificate) return null;
  const [course, cohort] = await Promise.all([
    db.course.findUnique({ where: { slug: certificate.courseSlug }, select: { titleZh: true, titleEn: true } }),
    certificate.cohortId ? db.cohort.findUnique({ where: { id: certificate.cohortId }, select: { number: true } }) : null,
  ]);
  return {
    code: certificate.code,
    learnerName: certificate.user.name,
    courseTitleZh: course?.titleZh ?? certificate.courseSlug,
    courseTitleEn: course?.titleEn ?? certificate.courseSlug,
    cohortNumber: cohort?.number ?? null,
    issuedAt: certificate.issuedAt,
    qualificationPassedAt: certificate.attempt?.submittedAt ?? null,
  };
}
