import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readTaughtClasses } from "@/lib/rosters/read-taught-classes";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.rosters.myClasses };
}

/** Instructors: the classes they teach across cohorts. */
export default async function MyClassesPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["INSTRUCTOR"], "/teach/classes"), getMessages()]);
  const classes = await readTaughtClasses(user);
  const r = m.rosters;
  return (
    <>
      <PageHeading title={r.myClasses}>
        <p>{r.myClassesIntro}</p>
      </PageHeading>
      {classes.length === 0 && <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{r.noClasses}</p>}
      <ul className="grid gap-4 sm:grid-cols-2">
        {classes.map((c) => {
          const title = interpolate(r.classTitle, { cohort: interpolate(m.catalog.cohortName, { number: c.cohort.number }), code: c.code });
          return (
            <li key={c.id} className="rounded-2xl border border-slate-200 p-5" data-testid="taught-class">
              <h2 className="text-lg font-semibold">
                <Link className="text-brand-700 underline" href={`/teach/classes/${c.id}`}>
                  {title}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">{`${localized(locale, c.cohort, "courseTitle")} · ${localized(locale, c.cohort, "campus")}`}</p>
              <p className="text-sm text-slate-600">
                {interpolate(r.classSummary, { code: c.code, size: c.size, capacity: c.capacity, instructor: user.name })}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
