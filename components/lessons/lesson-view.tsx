import Link from "next/link";
import type { ReactNode } from "react";
import type { TRenderedLesson } from "@/lib/content/render-lesson";
import type { TLessonSummary } from "@/lib/content/load-course";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import "./lesson-prose.css";

type TProps = {
  courseSlug: string;
  rendered: TRenderedLesson;
  /** Where "back to the course" leads: the learner's course page, or the public one. */
  backHref: string;
  next: Pick<TLessonSummary, "slug" | "title" | "titleEn"> | null;
  /** The reader's part: completion and reading position (per request, or from the reader's state call on a prerendered page). */
  reader: ReactNode;
  m: TMessages;
  locale: TLocale;
};

/** An open lesson: table of contents, objectives, the rendered body, the reader's completion and the next lesson. */
export function LessonView({ courseSlug, rendered, backHref, next, reader, m, locale }: TProps) {
  const { frontmatter } = rendered;
  const titleOf = (lesson: NonNullable<TProps["next"]>) => (locale === "en" && lesson.titleEn ? lesson.titleEn : lesson.title);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_15rem]">
      <article aria-labelledby="lesson-title" className="min-w-0">
        <p className="text-sm text-slate-500">
          <Link className="underline" href={backHref}>
            {m.lessons.backToCourse}
          </Link>
          {" · "}
          {interpolate(m.lessons.minutes, { minutes: frontmatter.minutes })}
          {frontmatter.draft && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{m.lessons.draft}</span>}
          {frontmatter.freePreview && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-green-900">{m.lessons.freePreview}</span>}
        </p>
        <h1 id="lesson-title" className="mt-2 text-3xl font-bold">
          {frontmatter.title}
        </h1>
        <p className="mt-3 text-lg text-slate-600">{frontmatter.summary}</p>
        {locale === "en" && rendered.localeUsed === "zh" && <p className="mt-3 rounded-lg bg-slate-100 p-3 text-sm">{m.lessons.englishFallback}</p>}
        {frontmatter.objectives.length > 0 && (
          <section aria-labelledby="objectives" className="mt-6 rounded-2xl bg-brand-50 p-5">
            <h2 id="objectives" className="font-semibold">
              {m.lessons.objectives}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {/* Index keys: a fixed list, and the line as its own key would be sent twice in the RSC payload. */}
              {frontmatter.objectives.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        <div className="lesson-prose mt-8" lang={rendered.localeUsed === "zh" ? "zh-CN" : "en"} data-testid="lesson-body">
          {rendered.content}
        </div>
        <footer className="mt-12 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          {reader}
          {next && (
            <Link className="font-semibold text-brand-700 underline" href={`/courses/${courseSlug}/lessons/${next.slug}`}>
              {interpolate(m.lessons.nextLesson, { title: titleOf(next) })} →
            </Link>
          )}
        </footer>
      </article>
      {rendered.toc.length > 0 && (
        <nav aria-label={m.lessons.toc} className="hidden lg:block">
          <div className="sticky top-6 text-sm">
            <p className="mb-2 font-semibold">{m.lessons.toc}</p>
            <ul className="space-y-1.5 border-l border-slate-200 pl-3">
              {rendered.toc.map((entry) => (
                <li key={entry.id} className={entry.depth === 3 ? "pl-3" : ""}>
                  <a className="text-slate-600 hover:text-brand-700" href={`#${entry.id}`}>
                    {entry.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </div>
  );
}
