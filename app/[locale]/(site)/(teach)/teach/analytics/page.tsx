import type { Metadata } from "next";
import { BarList } from "@/components/analytics/bar-list";
import { ConfusionHeatmap } from "@/components/analytics/confusion-heatmap";
import { orPageError } from "@/lib/actions/or-page-error";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { readAnalyticsCohorts, readClassAnalytics } from "@/lib/analytics/read-class-analytics";
import { requireRole } from "@/lib/auth/guards";
import { flagCatalog, type TFlag } from "@/lib/labeling/flags";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { isContentSlug } from "@/lib/validation/content-slug";
import { parseId } from "@/lib/validation/ids";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.analytics.title };
}

type TProps = { searchParams: Promise<{ cohortId?: string; setId?: string; classId?: string }> };

const select = "min-h-11 rounded-lg border border-slate-300 bg-white px-2";

export default async function ClassAnalyticsPage({ searchParams }: TProps) {
  const [user, { m, locale }, rawQuery] = await Promise.all([requireRole(["INSTRUCTOR"], "/teach/analytics"), getMessages(), searchParams]);
  const zh = locale === "zh";
  // Ids and the set name are checked before any query: junk in the URL means "not chosen".
  const query = {
    cohortId: parseId(rawQuery.cohortId) ?? undefined,
    classId: parseId(rawQuery.classId) ?? undefined,
    setId: isContentSlug(rawQuery.setId) ? rawQuery.setId : undefined,
  };
  const a = m.analytics;
  const cohorts = await readAnalyticsCohorts(user);
  const cohortId = query.cohortId ?? cohorts[0]?.id;
  const result = cohortId
    ? await orPageError(readClassAnalytics(user, { cohortId, setId: query.setId ?? "general-qa-scoring", classId: query.classId || undefined }))
    : null;
  const fmt = (value: number | null) => (value === null ? a.undefined : value.toFixed(3));
  const data = result?.analytics;
  // Items and rubric dimensions by their place and title, never their ids.
  const itemLabel = (itemId: string) => interpolate(a.itemNumber, { index: (result?.set.itemIds.indexOf(itemId) ?? -1) + 1 });
  const dimensionLabel = (id: string) => {
    const dimension = result?.set.dimensions.find((d) => d.id === id);
    return dimension ? (zh ? dimension.label : dimension.labelEn) : id;
  };
  return (
    <>
      <PageHeading title={a.title}>
        <p>{a.intro}</p>
      </PageHeading>
      <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{a.cohort}</span>
          <select name="cohortId" defaultValue={cohortId} className={select}>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {interpolate(m.catalog.cohortName, { number: c.number })} {localized(locale, c.campus, "name")}
              </option>
            ))}
          </select>
        </label>
        {result && (
          <>
            <label className="space-y-1 text-sm">
              <span className="block font-medium">{a.klass}</span>
              <select name="classId" defaultValue={query.classId ?? ""} className={select}>
                <option value="">{a.allClasses}</option>
                {result.cohort.classes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {interpolate(m.catalog.className, { code: c.code })}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="block font-medium">{a.set}</span>
              <select name="setId" defaultValue={result.set.id} className={select}>
                {result.sets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {localized(locale, s, "title")}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button type="submit" className={buttonClass("secondary")}>
          {a.show}
        </button>
      </form>
      {!data && <p className="text-slate-600">{a.chooseCohort}</p>}
      {data && (
        <div className="space-y-10" data-testid="class-analytics">
          <p className="text-sm text-slate-600">{interpolate(a.learners, { count: data.learners })}</p>
          {data.perLearner.every((l) => l.answered === 0) && (
            <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{a.empty}</p>
          )}
          <section aria-labelledby="agreement-title" className="space-y-3">
            <h2 id="agreement-title" className="text-xl font-semibold">
              {a.agreementTitle}
            </h2>
            <BarList
              min={-1}
              summary={interpolate(a.agreementSummary, {
                ordinal: fmt(data.alpha.rubricOrdinal),
                interval: fmt(data.alpha.rubricInterval),
                flags: fmt(data.alpha.flagsNominal),
                preference: fmt(data.alpha.preferenceOrdinal),
                verdict: fmt(data.alpha.verdictNominal),
              })}
              format={(value) => value.toFixed(3)}
              highlight={(value) => value < 0.667}
              rows={[
                { label: a.alphaRubricOrdinal, value: data.alpha.rubricOrdinal },
                { label: a.alphaRubricInterval, value: data.alpha.rubricInterval },
                { label: a.alphaFlags, value: data.alpha.flagsNominal },
                { label: a.alphaPreference, value: data.alpha.preferenceOrdinal },
                { label: a.alphaVerdict, value: data.alpha.verdictNominal },
              ]}
            />
            <p className="text-sm" data-testid="fleiss">
              {interpolate(a.fleiss, { units: data.fleissRubric.units, kappa: fmt(data.fleissRubric.kappa) })}
            </p>
          </section>
          <section aria-labelledby="items-title" className="space-y-3">
            <h2 id="items-title" className="text-xl font-semibold">
              {a.itemsTitle}
            </h2>
            <BarList
              summary={interpolate(a.itemsSummary, {
                items: data.hardestItems
                  .slice(0, 3)
                  .map(itemLabel)
                  .join(zh ? "、" : ", "),
              })}
              highlight={(value) => value < 0.6}
              rows={data.perItem.map((item) => ({ label: itemLabel(item.itemId), value: item.meanScore, note: `(${item.answered})` }))}
              format={(value) => `${Math.round(value * 100)}%`}
            />
          </section>
          <section aria-labelledby="learners-title" className="space-y-3">
            <h2 id="learners-title" className="text-xl font-semibold">
              {a.learnersTitle}
            </h2>
            <BarList
              min={-1}
              summary={interpolate(a.learnersSummary, { count: data.perLearner.filter((l) => l.needsHelp).length })}
              highlight={(value) => value < 0.6}
              rows={data.perLearner.map((l) => ({ label: l.name, value: l.kappaWithGold, note: l.needsHelp ? `⚠ ${a.needsHelp}` : "" }))}
              format={(value) => value.toFixed(2)}
            />
            <p className="text-sm text-slate-600" data-testid="needs-help-rule">
              {a.needsHelpRule}
            </p>
            <ul className="text-sm text-amber-900" data-testid="needs-help">
              {data.perLearner
                .filter((l) => l.needsHelp)
                .map((l) => (
                  <li key={l.key}>
                    {l.name} · {a.meanScore} {l.meanScore === null ? "—" : `${Math.round(l.meanScore * 100)}%`} ·{" "}
                    {interpolate(a.answered, { count: l.answered })}
                  </li>
                ))}
            </ul>
          </section>
          <section aria-labelledby="confusion-title" className="space-y-3">
            <h2 id="confusion-title" className="text-xl font-semibold">
              {a.confusionTitle}
            </h2>
            <p className="text-sm text-slate-600">{a.confusionHint}</p>
            <div className="grid gap-6 md:grid-cols-2">
              {data.rubricConfusion.map((c) => (
                <ConfusionHeatmap key={c.dimension} title={dimensionLabel(c.dimension)} matrix={c.matrix} goldLabel={a.gold} givenLabel={a.given} />
              ))}
              {data.flagConfusion.map((c) => (
                <ConfusionHeatmap
                  key={c.flag}
                  title={flagCatalog[c.flag as TFlag]?.[locale] ?? c.flag}
                  matrix={c.matrix}
                  goldLabel={a.gold}
                  givenLabel={a.given}
                  categoryLabel={(category) => (category === "raised" ? a.raised : a.absent)}
                />
              ))}
            </div>
          </section>
        </div>
      )}
    </>
  );
}
