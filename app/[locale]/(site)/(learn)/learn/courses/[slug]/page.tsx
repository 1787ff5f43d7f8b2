import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseOutline } from "@/components/lessons/course-outline";
import { ProgressBar } from "@/components/lessons/progress-bar";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.lessons.lessonsOf };
}

/** The learner's course: progress per module and overall, locks with their dates, and where to resume. */
export default async function LearnerCoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/courses/${slug}`), getMessages()]);
  const progress = await readCourseProgress(user, slug);
  if (!progress) notFound();
  const zh = locale === "zh";
  const percent = progress.total ? Math.round((progress.completed / progress.total) * 100) : 0;
  const resumeTitle = progress.resume ? (!zh && progress.resume.titleEn ? progress.resume.titleEn : progress.resume.title) : null;
  return (
    <>
      <PageHeading title={localized(locale, progress.course.meta, "title")} />
      <div className="mb-8 grid gap-4 rounded-2xl bg-brand-50 p-5 sm:grid-cols-[1fr_auto] sm:items-center">
        <ProgressBar
          done={progress.completed}
          total={progress.total}
          label={m.lessons.courseProgress}
          detail={interpolate(m.lessons.percentDone, { percent })}
        />
        <div className="flex flex-wrap gap-3">
          <Link href={`/learn/courses/${slug}/practice`} className={buttonClass("secondary")}>
            {m.labeling.practice}
          </Link>
          <Link href={`/learn/courses/${slug}/calibration`} className={buttonClass("secondary")}>
            {m.analytics.calibrationTitle}
          </Link>
          <Link href={`/learn/courses/${slug}/qualification`} className={buttonClass("secondary")}>
            {m.qualification.courseLink}
          </Link>
          {progress.resume && resumeTitle && (
            <Link href={`/courses/${slug}/lessons/${progress.resume.slug}`} className={buttonClass("primary")}>
              {interpolate(m.lessons.resume, { title: resumeTitle })}
            </Link>
          )}
        </div>
      </div>
      <CourseOutline progress={progress} m={m} locale={locale} />
    </>
  );
}
