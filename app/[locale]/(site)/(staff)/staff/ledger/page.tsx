import type { Metadata } from "next";
import { CohortTotalsTable } from "@/components/ledger/cohort-totals-table";
import { LedgerFilterForm } from "@/components/ledger/ledger-filter-form";
import { OrdersTable } from "@/components/ledger/orders-table";
import { Pager } from "@/components/ledger/pager";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { readCohortTotals } from "@/lib/ledger/cohort-totals";
import { ledgerQuery, parseLedgerFilters } from "@/lib/ledger/ledger-filters";
import { readLedgerCohorts } from "@/lib/ledger/read-ledger-cohorts";
import { searchOrders } from "@/lib/ledger/search-orders";
import { parseId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.ledger.title };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LedgerPage({ searchParams }: TProps) {
  const [user, { m, locale }, params] = await Promise.all([requireRole(["STAFF"], "/staff/ledger"), getMessages(), searchParams]);
  const parsed = parseLedgerFilters(params);
  // A cohort id that cannot be one is ignored like any other malformed filter (no query with it).
  const filters = { ...parsed, cohortId: parseId(parsed.cohortId) ?? undefined };
  const [cohorts, totals, orders] = await Promise.all([readLedgerCohorts(user), readCohortTotals(user, filters), searchOrders(user, filters)]);
  const query = ledgerQuery(filters);
  return (
    <>
      <PageHeading title={m.ledger.title}>
        <p>{m.ledger.intro}</p>
      </PageHeading>
      <LedgerFilterForm filters={filters} cohorts={cohorts} m={m} locale={locale} />
      <section aria-labelledby="totals-title" className="mb-10">
        <h2 id="totals-title" className="mb-3 text-lg font-semibold">
          {m.ledger.totalsTitle}
        </h2>
        <CohortTotalsTable totals={totals} m={m} locale={locale} />
      </section>
      <section aria-labelledby="orders-title">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="orders-title" className="text-lg font-semibold">
            {m.ledger.ordersTitle}
          </h2>
          {/* A plain link: the route handler checks the caller and streams the same selection as CSV. */}
          <a href={`/api/staff/ledger.csv${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>
            {m.ledger.exportCsv}
          </a>
        </div>
        <OrdersTable rows={orders.rows} total={orders.total} m={m} locale={locale} />
        <Pager page={filters.page} total={orders.total} pageSize={orders.pageSize} m={m} hrefFor={(page) => `/staff/ledger?${ledgerQuery(filters, page)}`} />
      </section>
    </>
  );
}
