import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LessonGate } from "@/components/lessons/lesson-gate";
import { LessonView } from "@/components/lessons/lesson-view";
import { getCurrentUser } from "@/lib/auth/session";
import { renderLesson } from "@/lib/content/render-lesson";
import { getMessages } from "@/lib/i18n/server";
import { readCourseProgress } from "@/lib/lessons/read-course-progress";
import { createMdxComponents } from "@/components/mdx";

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
 * A lesson. Its body is rendered only when the viewer may read it now: a locked lesson shows
 * when it unlocks, and its content never reaches the browser.
 */
export default async function LessonPage(props: TParams) {
  const { slug, lessonSlug, viewer, progress, row, m, locale } = await load(props);
  if (!progress || !row) notFound();
  if (row.access.kind === "notFound") notFound();
  if (row.access.kind === "signIn") redirect(`/sign-in?next=${encodeURIComponent(`/courses/${slug}/lessons/${lessonSlug}`)}`);
  if (row.access.kind !== "open") return <LessonGate courseSlug={slug} row={row} m={m} locale={locale} />;
  const rendered = await renderLesson({ courseSlug: slug, lessonSlug, locale, componentsFor: createMdxComponents });
  if (!rendered) notFound();
  const index = progress.ordered.findIndex((item) => item.slug === lessonSlug);
  const next = progress.ordered.slice(index + 1).find((item) => item.access.kind === "open" && !item.draft) ?? null;
  return <LessonView courseSlug={slug} row={row} rendered={rendered} next={next} signedIn={Boolean(viewer)} m={m} locale={locale} />;
}
