import "server-only";
import { createMdxComponents } from "@/components/mdx";
import { isLessonBodyProof, lessonBodyProof } from "@/lib/content/lesson-body-proof";
import { lessonContentVersion } from "@/lib/content/lesson-content-version";
import { renderLesson, type TRenderedLesson } from "@/lib/content/render-lesson";
import type { TLocale } from "@/lib/i18n/types";

/**
 * Rendered once per lesson, language and content version, then replayed from Next.js's cache.
 * Next.js registers a "use cache" function as a server reference that anyone can POST to with
 * arguments of their choosing (the authorization matrix found this one answering an anonymous
 * caller with a locked lesson's body): without the proof that only this server can compute, it
 * renders nothing.
 */
async function renderLessonOnce(courseSlug: string, lessonSlug: string, locale: TLocale, version: string, proof: string): Promise<TRenderedLesson | null> {
  "use cache";
  if (!isLessonBodyProof(proof, courseSlug, lessonSlug, locale, version)) return null;
  return renderLesson({ courseSlug, lessonSlug, locale, componentsFor: createMdxComponents });
}

/**
 * A lesson ready to render, as renderLesson returns it, but the body (MDX run through the site's
 * components) is rendered once per lesson, language and content version ("use cache", keyed by the
 * file's hash: an edited lesson renders anew) instead of on every request. Callers must have
 * checked the viewer's access first: this knows nothing of who asks.
 */
export async function renderLessonCached(input: { courseSlug: string; lessonSlug: string; locale: TLocale }): Promise<TRenderedLesson | null> {
  const version = await lessonContentVersion(input.courseSlug, input.lessonSlug, input.locale);
  if (!version) return null;
  return renderLessonOnce(
    input.courseSlug,
    input.lessonSlug,
    input.locale,
    version,
    lessonBodyProof(input.courseSlug, input.lessonSlug, input.locale, version),
  );
}
