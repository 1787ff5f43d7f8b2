import type { TCourseFrontmatter } from "@/lib/content/course-schema";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/**
 * The parts of a course's description shown on both the course page and each cohort page: who it
 * is for, what learners will be able to do, the instructors and the FAQ, in the reader's language.
 */
function ListSection({ id, title, lines }: { id: string; title: string; lines: readonly string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        {/* Index keys: the list is fixed content, and a key of the line itself would send each line twice in the RSC payload. */}
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

export function CourseAudience({ meta, m, locale }: { meta: TCourseFrontmatter; m: TMessages; locale: TLocale }) {
  return <ListSection id="who-for" title={m.catalog.whoFor} lines={localized(locale, meta, "audience")} />;
}

export function CourseOutcomes({ meta, m, locale }: { meta: TCourseFrontmatter; m: TMessages; locale: TLocale }) {
  return <ListSection id="outcomes" title={m.catalog.outcomes} lines={localized(locale, meta, "outcomes")} />;
}

export function CourseInstructors({ meta, m, locale }: { meta: TCourseFrontmatter; m: TMessages; locale: TLocale }) {
  return (
    <section aria-labelledby="instructors">
      <h2 id="instructors" className="mb-4 text-xl font-semibold">
        {m.catalog.instructors}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {meta.instructors.map((person) => (
          <li key={person.name} className="rounded-2xl border border-slate-200 p-5">
            <p className="font-semibold">{localized(locale, person, "name")}</p>
            <p className="mt-1 text-sm text-slate-600">{localized(locale, person, "bio")}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CourseFaq({ meta, m, locale }: { meta: TCourseFrontmatter; m: TMessages; locale: TLocale }) {
  return (
    <section aria-labelledby="faq">
      <h2 id="faq" className="mb-4 text-xl font-semibold">
        {m.catalog.faq}
      </h2>
      <div className="space-y-2">
        {meta.faq.map((item, index) => (
          <details key={index} className="rounded-xl border border-slate-200 p-4">
            <summary className="cursor-pointer font-medium">{localized(locale, item, "q")}</summary>
            <p className="mt-2 text-slate-700">{localized(locale, item, "a")}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
