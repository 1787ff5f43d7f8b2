import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TLessonRow } from "@/lib/lessons/read-course-progress";

/** What a viewer who may not read a lesson sees: its title and summary, and why (locked until…, or enroll). */
export function LessonGate({ courseSlug, row, m, locale }: { courseSlug: string; row: TLessonRow; m: TMessages; locale: TLocale }) {
  const title = locale === "en" && row.titleEn ? row.titleEn : row.title;
  const locked = row.access.kind === "locked" ? row.access : null;
  return (
    <article className="mx-auto max-w-2xl space-y-6 py-8" aria-labelledby="lesson-title">
      <h1 id="lesson-title" className="text-3xl font-bold">
        {title}
      </h1>
      <p className="text-slate-700">{row.summary}</p>
      <section role="status" className="rounded-2xl border border-amber-200 bg-amber-50 p-6">
        <h2 className="text-lg font-semibold">{locked ? m.lessons.lockedTitle : m.lessons.notEnrolledTitle}</h2>
        <p className="mt-2 text-slate-700" data-testid="unlock-note">
          {locked
            ? locked.unlocksAt
              ? interpolate(m.lessons.lockedBody, {
                  date: formatDateTime(locked.unlocksAt, locale, { dateStyle: "full", timeStyle: "short" }),
                  index: row.session,
                })
              : interpolate(m.lessons.lockedNoDate, { index: row.session })
            : m.lessons.notEnrolledBody}
        </p>
        <Link href={locked ? `/learn/courses/${courseSlug}` : `/courses/${courseSlug}`} className={buttonClass("primary", "mt-4")}>
          {locked ? m.lessons.backToCourse : m.lessons.seeCohorts}
        </Link>
      </section>
    </article>
  );
}
