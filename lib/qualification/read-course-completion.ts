import "server-only";
import { loadCourseContent } from "../content/load-course";
import { getDb } from "../db";

/**
 * Whether a learner has completed a course, for the certificate. Completed means any of:
 * an enrollment in the course marked COMPLETED by staff; an ACTIVE or COMPLETED enrollment in a
 * cohort that is FINISHED (the course ran to its end); or every non-draft lesson of the course
 * marked completed in LessonProgress. Refunded, transferred or cancelled enrollments never count.
 */
export async function readCourseCompletion(userId: string, courseSlug: string): Promise<boolean> {
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({
    where: {
      userId,
      cohort: { course: { slug: courseSlug } },
      OR: [{ status: "COMPLETED" }, { status: "ACTIVE", cohort: { status: "FINISHED" } }],
    },
    select: { id: true },
  });
  if (enrollment) return true;
  const course = await loadCourseContent(courseSlug);
  const lessons = course?.lessons.filter((lesson) => !lesson.draft).map((lesson) => lesson.slug) ?? [];
  if (lessons.length === 0) return false;
  const completed = await db.lessonProgress.count({ where: { userId, courseSlug, lessonSlug: { in: lessons }, completedAt: { not: null } } });
  return completed === lessons.length;
}
