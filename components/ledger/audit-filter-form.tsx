import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import type { TMessages } from "@/lib/i18n/types";
import type { TAuditFilters } from "@/lib/ledger/read-audit-log";
import { FilterField } from "./filter-fields";

/** The audit log's filters as a plain GET form. */
export function AuditFilterForm({ filters, m }: { filters: TAuditFilters; m: TMessages }) {
  const a = m.ledger.audit;
  return (
    <form
      method="get"
      action="/staff/audit"
      aria-label={a.filters}
      className="mb-8 grid gap-4 rounded-2xl border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <FilterField name="actor" label={a.actor} defaultValue={filters.actor} />
      <FilterField name="action" label={a.action} defaultValue={filters.action} />
      <FilterField name="entityType" label={a.entityType} defaultValue={filters.entityType} />
      <FilterField name="entityId" label={a.entityId} defaultValue={filters.entityId} />
      <FilterField name="from" type="date" label={a.from} defaultValue={filters.from} />
      <FilterField name="to" type="date" label={a.to} defaultValue={filters.to} />
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass("primary")}>
          {m.ledger.apply}
        </button>
        <Link href="/staff/audit" className={buttonClass("ghost")}>
          {m.ledger.reset}
        </Link>
      </div>
    </form>
  );
}
