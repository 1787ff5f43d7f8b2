import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { buttonClass } from "@/components/ui/button-styles";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { parseQueueFilters, queueQuery } from "@/lib/reviews/queue-query";
import { readReviewQueue } from "@/lib/reviews/read-review-queue";
import { reviewStatusFilters } from "@/lib/reviews/review-status";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.reviews.title };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The review queue of learners' rewrites: filters are GET parameters, unreviewed first, oldest first. */
export default async function ReviewQueuePage({ searchParams }: TProps) {
  const [user, { m, locale }, params] = await Promise.all([requireRole(["INSTRUCTOR"], "/teach/reviews"), getMessages(), searchParams]);
  const filters = parseQueueFilters(params);
  const queue = await readReviewQueue(user, filters);
  const r = m.reviews;
  const className = (c: { cohortNumber: number; code: string }) => interpolate(r.className, { number: c.cohortNumber, code: c.code });
  return (
    <>
      <PageHeading title={r.title}>
        <p>{r.intro}</p>
      </PageHeading>
      {params.saved === "1" && (
        <div className="mb-4">
          <FormAlert kind="success" message={r.saved} />
        </div>
      )}
      <form method="get" action="/teach/reviews" aria-label={r.filters} className="mb-4 grid gap-3 rounded-2xl bg-slate-50 p-4 sm:grid-cols-4 sm:items-end">
        <SelectField
          name="class"
          label={r.classFilter}
          defaultValue={filters.classId ?? ""}
          options={[{ value: "", label: r.allClasses }, ...queue.classes.map((c) => ({ value: c.id, label: className(c) }))]}
        />
        <SelectField
          name="set"
          label={r.setFilter}
          defaultValue={filters.setId ?? ""}
          options={[{ value: "", label: r.allSets }, ...queue.sets.map((s) => ({ value: s.id, label: s.title[locale] }))]}
        />
        <SelectField
          name="status"
          label={r.statusFilter}
          defaultValue={filters.status}
          options={reviewStatusFilters.map((value) => ({ value, label: r.statuses[value] }))}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {r.applyFilters}
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-700" data-testid="review-counts">
        {interpolate(r.counts, queue.counts)}
      </p>
      {queue.entries.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{r.empty}</p>
      ) : (
        <DataTable
          caption={r.caption}
          captionHidden
          rowTestId="review-entry"
          rows={queue.entries}
          rowKey={(entry) => entry.submissionId}
          columns={[
            { key: "learner", header: r.columns.learner, primary: true, cell: (entry) => entry.learner.name },
            { key: "class", header: r.columns.class, cell: (entry) => className(entry.class) },
            { key: "set", header: r.columns.set, cell: (entry) => entry.setTitle[locale] },
            { key: "item", header: r.columns.item, cell: (entry) => interpolate(r.itemNumber, { index: entry.itemIndex }) },
            { key: "submitted", header: r.columns.submitted, numeric: true, cell: (entry) => formatDateTime(entry.submittedAt, locale) },
            {
              key: "status",
              header: r.columns.status,
              cell: (entry) => `${r.statuses[entry.status]}${entry.verdict ? ` · ${r.verdicts[entry.verdict]}` : ""}`,
            },
            {
              key: "action",
              header: r.columns.action,
              cell: (entry) => (
                <Link className="font-semibold text-brand-700 underline" href={`/teach/reviews/${entry.submissionId}${queueQuery(filters)}`}>
                  {entry.status === "PENDING" ? r.open : r.view}
                  <span className="sr-only">
                    {" "}
                    {entry.learner.name} {interpolate(r.itemNumber, { index: entry.itemIndex })}
                  </span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
