import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonGate } from "@/components/lessons/lesson-gate";
import { LessonView } from "@/components/lessons/lesson-view";
import { requireRole } from "@/lib/auth/guards";
import { renderLesson } from "@/lib/content/render-lesson";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import { decideLessonAccess } from "@/lib/access/lesson-access";
import { readPreviewContext } from "@/lib/lessons/preview-context";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";
import { createMdxComponents } from "@/components/mdx";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.preview.title };
}

type TProps = { params: Promise<{ slug: string; lesson: string }>; searchParams: Promise<{ cohort?: string; date?: string }> };

/** An instructor previews a lesson: drafts included, or exactly as a cohort's learner would see it on a date. */
export default async function PreviewLessonPage({ params, searchParams }: TProps) {
  const [{ slug, lesson: lessonSlug }, query] = await Promise.all([params, searchParams]);
  const [user, { m, locale }] = await Promise.all([requireRole(["INSTRUCTOR"], `/teach/courses/${slug}/lessons/${lessonSlug}`), getMessages()]);
  const progress = await readCourseProgress(user, slug);
  const row = progress?.ordered.find((item) => item.slug === lessonSlug);
  if (!progress || !row) notFound();
  const context = await readPreviewContext(slug, query.cohort, query.date);
  const access = context.kind === "asLearner" ? decideLessonAccess(row, { role: "LEARNER" }, [context.cohort], context.at) : row.access;
  const banner = (
    <p role="status" className="mb-6 rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="preview-banner">
      {context.kind === "asLearner" ? interpolate(m.preview.banner, { number: context.number, date: formatDate(context.at, locale) }) : m.preview.bannerStaff}
    </p>
  );
  if (access.kind === "notFound")
    return (
      <>
        {banner}
        <p>{m.pages.notFoundBody}</p>
      </>
    );
  if (access.kind !== "open")
    return (
      <>
        {banner}
        <LessonGate courseSlug={slug} row={{ ...row, access }} m={m} locale={locale} />
      </>
    );
  const rendered = await renderLesson({ courseSlug: slug, lessonSlug, locale, componentsFor: createMdxComponents });
  if (!rendered) notFound();
  return (
    <>
      {banner}
      <LessonView courseSlug={slug} rendered={rendered} backHref={publicPageUrl(locale, `/courses/${slug}`)} next={null} reader={null} m={m} locale={locale} />
    </>
  );
}
