import { DataTable, type TDataColumn } from "@/components/ui/data-table";
import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";

type TCohort = { number: number; campus: { nameZh: string; nameEn: string } };
type TAssignment = { id: string; learner: { name: string; email: string }; coach: { name: string }; enrollment: { cohort: TCohort } | null };

/** "第12期 · 北京校区", or "—" when the learner has no cohort. */
export function coachingCohortLabel(cohort: TCohort | undefined, m: TMessages, locale: TLocale): string {
  return cohort ? `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${localized(locale, cohort.campus, "name")}` : "—";
}

/** The learner column of the coaching tables: name, email below (the row's header). */
export function learnerColumn<R>(m: TMessages, learnerOf: (row: R) => { name: string; email: string }): TDataColumn<R> {
  return {
    key: "learner",
    header: m.coaching.learner,
    primary: true,
    cell: (row) => (
      <>
        {learnerOf(row).name} <span className="block font-normal text-slate-500">{learnerOf(row).email}</span>
      </>
    ),
  };
}

/**
 * Open coach assignments, as the coach's home and the staff coaches page both list them: learner,
 * cohort, coach (left out where every row is the viewer's own), then the page's own columns (the
 * next session and a link for coaches; when and by whom, and a reassign form, for staff).
 */
export function CoachAssignmentsTable<R extends TAssignment>({
  rows,
  caption,
  testId,
  rowTestId,
  showCoach = true,
  extra,
  m,
  locale,
}: {
  rows: readonly R[];
  caption: string;
  testId: string;
  rowTestId: string;
  showCoach?: boolean;
  extra: readonly TDataColumn<R>[];
  m: TMessages;
  locale: TLocale;
}) {
  const c = m.coaching;
  return (
    <DataTable
      caption={caption}
      captionHidden
      testId={testId}
      rowTestId={rowTestId}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        learnerColumn<R>(m, (row) => row.learner),
        { key: "cohort", header: c.cohort, cell: (row) => coachingCohortLabel(row.enrollment?.cohort, m, locale) },
        showCoach && { key: "coach", header: c.coach, cell: (row) => row.coach.name },
        ...extra,
      ]}
    />
  );
}
