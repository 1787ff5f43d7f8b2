import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LessonGate } from "@/components/lessons/lesson-gate";
import { LessonCompletion } from "@/components/lessons/lesson-completion";
import { LessonGrantRenewal } from "@/components/lessons/lesson-reader";
import { LessonView } from "@/components/lessons/lesson-view";
import { ReadingPosition } from "@/components/lessons/reading-position";
import { getCurrentUser } from "@/lib/auth/session";
import { renderLessonCached } from "@/components/lessons/render-lesson-cached";
import { getMessages } from "@/lib/i18n/server";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";

type TParams = { params: Promise<{ slug: string; lesson: string }> };

async function load({ params }: TParams) {
  const [{ slug, lesson }, viewer, messages] = await Promise.all([params, getCurrentUser(), getMessages()]);
  const progress = await readCourseProgress(viewer, slug);
  const row = progress?.ordered.find((item) => item.slug === lesson);
  return { slug, lessonSlug: lesson, viewer, progress, row, ...messages };
}

export async function generateMetadata(props: TParams): Promise<Metadata> {
  const { row, locale } = await load(props);
  if (!row) return {};
  return { title: locale === "en" && row.titleEn ? row.titleEn : row.title, description: row.summary };
}

/**
 * A lesson, checked per request (the first visit, anonymous free previews, drafts, locked
 * lessons). Its body is rendered only when the viewer may read it now: a locked lesson shows
 * when it unlocks, and its content never reaches the browser. A signed-in reader's page renews
 * their grant, so the course's next lessons are served prerendered (proxy.ts, lib/lessons/lesson-grant.ts).
 */
export default async function LessonPage(props: TParams) {
  const { slug, lessonSlug, viewer, progress, row, m, locale } = await load(props);
  if (!progress || !row) notFound();
  if (row.access.kind === "notFound") notFound();
  if (row.access.kind === "signIn") redirect(`/sign-in?next=${encodeURIComponent(`/courses/${slug}/lessons/${lessonSlug}`)}`);
  if (row.access.kind !== "open") return <LessonGate courseSlug={slug} row={row} m={m} locale={locale} />;
  // Access is settled above; the body itself is rendered once per lesson, language and content version.
  const rendered = await renderLessonCached({ courseSlug: slug, lessonSlug, locale });
  if (!rendered) notFound();
  const index = progress.ordered.findIndex((item) => item.slug === lessonSlug);
  const next = progress.ordered.slice(index + 1).find((item) => item.access.kind === "open" && !item.draft) ?? null;
  const labels = { completed: m.lessons.completed, markComplete: m.lessons.markComplete, markedComplete: m.lessons.markedComplete, working: m.auth.working };
  const reader = viewer && (
    <>
      <LessonCompletion courseSlug={slug} lessonSlug={lessonSlug} completed={row.completed} labels={labels} />
      <ReadingPosition courseSlug={slug} lessonSlug={lessonSlug} initial={row.position} />
      {!row.draft && <LessonGrantRenewal courseSlug={slug} lessonSlug={lessonSlug} />}
    </>
  );
  return (
    <LessonView
      courseSlug={slug}
      rendered={rendered}
      backHref={viewer ? `/learn/courses/${slug}` : publicPageUrl(locale, `/courses/${slug}`)}
      next={next}
      reader={reader}
      m={m}
      locale={locale}
    />
  );
}
