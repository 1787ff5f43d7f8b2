import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";

export type TQualificationSummary = {
  courseSlug: string;
  courseTitleZh: string;
  courseTitleEn: string;
  /** The latest finished attempt's verdict; null while none is finished. */
  lastPassed: boolean | null;
  passedAt: Date | null;
  running: boolean;
  certificateCode: string | null;
};

/**
 * The caller's own qualification results for the dashboard: one row per course in which they
 * have an attempt or a certificate. Reads only the caller's rows; no scores, no answers.
 */
export async function readQualificationSummaries(actor: TSessionUser): Promise<TQualificationSummary[]> {
  const db = await getDb();
  const [attempts, certificates] = await Promise.all([
    db.qualificationAttempt.findMany({
      where: { userId: actor.id },
      orderBy: { startedAt: "desc" },
      select: { courseSlug: true, submittedAt: true, passed: true },
    }),
    db.certificate.findMany({ where: { userId: actor.id }, select: { courseSlug: true, code: true } }),
  ]);
  const slugs = [...new Set([...attempts.map((row) => row.courseSlug), ...certificates.map((row) => row.courseSlug)])];
  if (slugs.length === 0) return [];
  const courses = await db.course.findMany({ where: { slug: { in: slugs } }, select: { slug: true, titleZh: true, titleEn: true } });
  return slugs.map((slug) => {
    const mine = attempts.filter((row) => row.courseSlug === slug);
    const lastFinished = mine.find((row) => row.submittedAt !== null);
    const passed =
      mine
        .filter((row) => row.passed && row.submittedAt)
        .map((row) => row.submittedAt!)
        .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    const course = courses.find((row) => row.slug === slug);
    return {
      courseSlug: slug,
      courseTitleZh: course?.titleZh ?? slug,
      courseTitleEn: course?.titleEn ?? slug,
      lastPassed: lastFinished ? lastFinished.passed === true : null,
      passedAt: passed,
      running: mine.some((row) => row.submittedAt === null),
      certificateCode: certificates.find((row) => row.courseSlug === slug)?.code ?? null,
    };
  });
}
