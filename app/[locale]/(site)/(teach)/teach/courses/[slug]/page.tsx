import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CourseOutline } from "@/components/lessons/course-outline";
import { PreviewForm } from "@/components/lessons/preview-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { decideLessonAccess } from "@/lib/access/lesson-access";
import { readCohortNumbers, readPreviewContext } from "@/lib/lessons/preview-context";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.preview.title };
}

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ cohort?: string; date?: string }> };

/** Instructors' outline of a course: every lesson, drafts included, optionally as a cohort's learner would see it on a date. */
export default async function TeachCoursePage({ params, searchParams }: TProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [user, { m, locale }] = await Promise.all([requireRole(["INSTRUCTOR"], `/teach/courses/${slug}`), getMessages()]);
  const progress = await readCourseProgress(user, slug);
  if (!progress) notFound();
  const context = await readPreviewContext(slug, query.cohort, query.date);
  const viewed =
    context.kind === "asLearner"
      ? {
          ...progress,
          modules: progress.modules.map((module) => ({
            ...module,
            lessons: module.lessons
              .filter((l) => !l.draft)
              .map((lesson) => ({ ...lesson, access: decideLessonAccess(lesson, { role: "LEARNER" }, [context.cohort], context.at) })),
          })),
        }
      : progress;
  const suffix = context.kind === "asLearner" ? `?cohort=${context.number}&date=${query.date}` : "";
  return (
    <>
      <PageHeading title={`${m.preview.title} · ${localized(locale, progress.course.meta, "title")}`}>
        <p>{m.preview.intro}</p>
      </PageHeading>
      <PreviewForm action={`/teach/courses/${slug}`} numbers={await readCohortNumbers(user, slug)} cohort={query.cohort} date={query.date} m={m} />
      <p role="status" className="my-4 rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="preview-banner">
        {context.kind === "asLearner" ? interpolate(m.preview.banner, { number: context.number, date: formatDate(context.at, locale) }) : m.preview.bannerStaff}
      </p>
      <CourseOutline progress={viewed} m={m} locale={locale} previewBase={`/teach/courses/${slug}/lessons`} previewSuffix={suffix} />
      <p className="mt-6 text-sm text-slate-600">{m.preview.checker}</p>
    </>
  );
}
