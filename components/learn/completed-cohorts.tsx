import Link from "next/link";
import type { TLearnerDashboard } from "@/lib/enrollment/read-learner-dashboard";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { localized } from "@/lib/i18n/localized";

/** A graduate's finished cohorts on the dashboard, each with the way back to the course and to the qualification test. */
export function CompletedCohorts({ completed, m, locale }: { completed: TLearnerDashboard["completed"]; m: TMessages; locale: TLocale }) {
  if (completed.length === 0) return null;
  return (
    <section aria-labelledby="completed-title" className="mb-10">
      <h2 id="completed-title" className="mb-2 text-xl font-semibold">
        {m.dashboard.myCompleted}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{m.dashboard.completedNote}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {completed.map((enrollment) => {
          const slug = enrollment.cohort.course.slug;
          return (
            <li key={enrollment.id} className="space-y-2 rounded-2xl border border-slate-200 p-5" data-testid="completed-course">
              <h3 className="text-lg font-bold">
                {interpolate(m.catalog.cohortName, { number: enrollment.cohort.number })} · {localized(locale, enrollment.cohort.campus, "name")}
              </h3>
              <p className="text-sm text-slate-600">
                {localized(locale, enrollment.cohort.course, "title")} · {interpolate(m.catalog.className, { code: enrollment.class.code })}
              </p>
              <div className="flex flex-wrap gap-4">
                <Link className="font-semibold text-brand-700 underline" href={`/learn/courses/${slug}`}>
                  {m.lessons.openCourse}
                </Link>
                <Link className="font-semibold text-brand-700 underline" href={`/learn/courses/${slug}/qualification`}>
                  {m.qualification.courseLink}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
