import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { ledgerMethods, type TLedgerFilters } from "@/lib/ledger/ledger-filters";
import type { readLedgerCohorts } from "@/lib/ledger/read-ledger-cohorts";
import { FilterField } from "./filter-fields";
import { localized } from "@/lib/i18n/localized";

type TCohortOption = Awaited<ReturnType<typeof readLedgerCohorts>>[number];

/** The ledger's filters as a plain GET form: the URL holds the selection, so it can be shared and paged. */
export function LedgerFilterForm({
  filters,
  cohorts,
  m,
  locale,
}: {
  filters: TLedgerFilters;
  cohorts: readonly TCohortOption[];
  m: TMessages;
  locale: TLocale;
}) {
  const l = m.ledger;
  return (
    <form
      method="get"
      action="/staff/ledger"
      aria-label={l.filters}
      className="mb-8 grid gap-4 rounded-2xl border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <FilterField name="learner" label={l.learner} hint={l.learnerHint} defaultValue={filters.learner} />
      <FilterField name="cohortId" label={l.cohort} defaultValue={filters.cohortId}>
        <option value="">{l.all}</option>
        {cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {interpolate(l.cohortOption, {
              cohort: interpolate(m.catalog.cohortName, { number: cohort.number }),
              campus: localized(locale, cohort.campus, "name"),
            })}
          </option>
        ))}
      </FilterField>
      <FilterField name="status" label={l.status} defaultValue={filters.status}>
        <option value="">{l.all}</option>
        {Object.values(OrderStatus).map((status) => (
          <option key={status} value={status}>
            {m.orders.statuses[status]}
          </option>
        ))}
      </FilterField>
      <FilterField name="method" label={l.method} defaultValue={filters.method}>
        <option value="">{l.all}</option>
        {ledgerMethods.map((method) => (
          <option key={method} value={method}>
            {m.orders.methods[method]}
          </option>
        ))}
      </FilterField>
      <FilterField name="from" type="date" label={l.from} defaultValue={filters.from} />
      <FilterField name="to" type="date" label={l.to} defaultValue={filters.to} />
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass("primary")}>
          {l.apply}
        </button>
        <Link href="/staff/ledger" className={buttonClass("ghost")}>
          {l.reset}
        </Link>
      </div>
    </form>
  );
}
