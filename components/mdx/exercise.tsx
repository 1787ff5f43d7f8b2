import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { localized } from "@/lib/i18n/localized";

export type TExerciseSummary = { title: string; titleEn: string; items: number };

/**
 * An exercise set embedded in a lesson: its title and size, and a link into the labeling workspace
 * (which checks the learner's enrollment itself). An unknown id shows a clear notice instead.
 */
export function Exercise({
  id,
  courseSlug,
  summary,
  locale,
  labels,
}: {
  id: string;
  courseSlug: string;
  summary: TExerciseSummary | null;
  locale: TLocale;
  labels: TMessages["mdx"]["exercise"];
}) {
  return (
    <aside aria-label={labels.title} data-exercise-id={id} className="my-6 rounded-2xl border-2 border-brand-100 bg-brand-50 px-5 py-4">
      <p className="m-0 text-xs font-semibold uppercase tracking-wide text-brand-700">{labels.title}</p>
      {summary ? (
        <>
          <p className="m-0 mt-1 text-lg font-semibold text-slate-900">{localized(locale, summary, "title")}</p>
          <p className="m-0 mt-1 text-sm text-slate-600">{interpolate(labels.items, { count: summary.items })}</p>
          <Link
            href={`/learn/courses/${courseSlug}/practice/${id}`}
            className="mt-3 inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white no-underline"
          >
            {labels.open}
          </Link>
        </>
      ) : (
        <p className="m-0 mt-1 text-slate-700">{interpolate(labels.placeholder, { id })}</p>
      )}
    </aside>
  );
}
