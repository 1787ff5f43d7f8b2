import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { buttonClass } from "@/components/ui/button-styles";
import { requireRole } from "@/lib/auth/guards";
import { exportKinds, type TExportKind } from "@/lib/exports/export-kinds";
import { countExportScope } from "@/lib/exports/count-export-scope";
import { readExportableCohorts } from "@/lib/exports/read-exportable-cohorts";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { isStaff } from "@/lib/access/staff-access";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.exports.title };
}

const kindKey: Record<TExportKind, "raw" | "preferencePairs" | "sft" | "scores"> = {
  "raw.jsonl": "raw",
  "preference-pairs.jsonl": "preferencePairs",
  "sft.jsonl": "sft",
  "scores.csv": "scores",
};

type TProps = { searchParams: Promise<{ cohort?: string }> };

/** Instructors and staff pick a cohort they may export and download its labels; staff may include identities. */
export default async function ExportsPage({ searchParams }: TProps) {
  const [user, { m, locale }, { cohort: chosen }] = await Promise.all([requireRole(["INSTRUCTOR"], "/teach/exports"), getMessages(), searchParams]);
  const cohorts = await readExportableCohorts(user);
  const selected = cohorts.find((c) => c.id === chosen) ?? cohorts[0];
  const inScope = selected ? await countExportScope(user, selected.id) : null;
  const nameOf = (c: (typeof cohorts)[number]) =>
    `${interpolate(m.catalog.cohortName, { number: c.number })} ${localized(locale, c, "campus")} · ${c.startDate}`;
  const href = (kind: TExportKind, identities: boolean) => `/api/exports/${encodeURIComponent(selected?.id ?? "")}/${kind}${identities ? "?identities=1" : ""}`;
  return (
    <>
      <PageHeading title={m.exports.title}>
        <p>{m.exports.intro}</p>
      </PageHeading>
      {cohorts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{m.exports.noCohorts}</p>
      ) : (
        <>
          <form method="get" action="/teach/exports" className="mb-6 flex max-w-xl flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1">
              <SelectField
                name="cohort"
                label={m.exports.cohortLabel}
                defaultValue={selected?.id}
                options={cohorts.map((c) => ({ value: c.id, label: nameOf(c) }))}
              />
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {m.exports.choose}
            </button>
          </form>
          {selected && (
            <section aria-labelledby="export-files">
              <h2 id="export-files" className="mb-2 text-lg font-semibold">
                {interpolate(m.exports.filesTitle, { cohort: nameOf(selected) })}
              </h2>
              <p className="mb-2 font-semibold" data-testid="export-scope">
                {inScope && inScope.answers > 0
                  ? interpolate(m.exports.inScope, { answers: inScope.answers, learners: inScope.learners })
                  : m.exports.nothingYet}
              </p>
              <p className="mb-4 text-sm text-slate-600">{m.exports.pseudonymNote}</p>
              <ul className="space-y-3">
                {exportKinds.map((kind) => (
                  <li
                    key={kind}
                    className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-slate-200 p-4"
                    data-testid="export-kind"
                  >
                    <div className="min-w-0 flex-1">
                      <h3 className="font-semibold">{m.exports.kinds[kindKey[kind]].label}</h3>
                      <p className="text-sm text-slate-600">{m.exports.kinds[kindKey[kind]].description}</p>
                    </div>
                    <a className={buttonClass("primary")} href={href(kind, false)} download>
                      {m.exports.download}
                    </a>
                  </li>
                ))}
              </ul>
              {isStaff(user) && (
                <div className="mt-8 rounded-2xl border border-amber-300 bg-amber-50 p-4">
                  <h3 className="font-semibold">{m.exports.identitiesTitle}</h3>
                  <p role="note" className="mb-3 text-sm text-amber-900">
                    {m.exports.identitiesWarning}
                  </p>
                  <ul className="flex flex-wrap gap-2">
                    {exportKinds.map((kind) => (
                      <li key={kind}>
                        <a className={buttonClass("secondary")} href={href(kind, true)} download>
                          {m.exports.kinds[kindKey[kind]].label} · {m.exports.downloadWithIdentities}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
