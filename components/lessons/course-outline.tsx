import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TCourseProgress } from "@/lib/lessons/read-course-progress";
import { ProgressBar } from "./progress-bar";
import { localized } from "@/lib/i18n/localized";

/** Modules and lessons with progress bars, what is done, what is open and when locked ones unlock. */
export function CourseOutline({
  progress,
  m,
  locale,
  previewBase,
  previewSuffix = "",
}: {
  progress: TCourseProgress;
  m: TMessages;
  locale: TLocale;
  previewBase?: string;
  previewSuffix?: string;
}) {
  const zh = locale === "zh";
  const hrefOf = (slug: string) => (previewBase ? `${previewBase}/${slug}${previewSuffix}` : `/courses/${progress.course.slug}/lessons/${slug}`);
  return (
    <ol className="space-y-6">
      {progress.modules
        .filter((module) => module.lessons.length > 0)
        .map((module, index) => (
          <li key={module.slug} className="rounded-2xl border border-slate-200 p-5">
            <h2 className="text-lg font-semibold">
              {index + 1}. {localized(locale, module, "title")}
            </h2>
            <div className="mt-2 max-w-sm">
              <ProgressBar
                done={module.completed}
                total={module.total}
                label={localized(locale, module, "title")}
                detail={interpolate(m.lessons.moduleProgress, { done: module.completed, total: module.total })}
              />
            </div>
            <ul className="mt-4 divide-y divide-slate-100">
              {module.lessons.map((lesson) => {
                const title = !zh && lesson.titleEn ? lesson.titleEn : lesson.title;
                const open = lesson.access.kind === "open";
                return (
                  <li key={lesson.slug} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="outline-lesson">
                    <span className="flex items-center gap-2">
                      <span aria-hidden className={lesson.completed ? "text-green-700" : open ? "text-brand-600" : "text-slate-400"}>
                        {lesson.completed ? "✓" : open ? "○" : "🔒"}
                      </span>
                      {open || previewBase ? (
                        <Link className="text-brand-700 underline-offset-4 hover:underline" href={hrefOf(lesson.slug)}>
                          {title}
                        </Link>
                      ) : (
                        <span className="text-slate-500">{title}</span>
                      )}
                      {lesson.completed && <span className="sr-only">({m.lessons.completed})</span>}
                      {lesson.draft && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{m.lessons.draft}</span>}
                    </span>
                    <span className="text-xs text-slate-500">
                      {lesson.access.kind === "locked"
                        ? lesson.access.unlocksAt
                          ? interpolate(m.lessons.lockedUntil, {
                              date: formatDateTime(lesson.access.unlocksAt, locale, {
                                month: "short",
                                day: "numeric",
                                hour: "2-digit",
                                minute: "2-digit",
                                hourCycle: "h23",
                              }),
                            })
                          : m.lessons.locked
                        : interpolate(m.lessons.minutes, { minutes: lesson.minutes })}
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
    </ol>
  );
}
