import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/ledger/audit-filter-form";
import { AuditTable } from "@/components/ledger/audit-table";
import { Pager } from "@/components/ledger/pager";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readAuditLog, ZAuditFilters, type TAuditFilters } from "@/lib/ledger/read-audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.ledger.audit.title };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function auditQuery(filters: TAuditFilters, page: number): string {
  const entries = Object.entries({ ...filters, page: page > 1 ? String(page) : undefined }).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
  );
  return new URLSearchParams(entries).toString();
}

export default async function AuditLogPage({ searchParams }: TProps) {
  const [user, { m, locale }, params] = await Promise.all([requireRole(["ADMIN"], "/staff/audit"), getMessages(), searchParams]);
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filters = ZAuditFilters.parse({ ...flat, page: flat.page ?? 1 });
  const log = await readAuditLog(user, filters);
  return (
    <>
      <PageHeading title={m.ledger.audit.title}>
        <p>{m.ledger.audit.intro}</p>
      </PageHeading>
      <AuditFilterForm filters={filters} m={m} />
      <AuditTable entries={log.entries} caption={interpolate(m.ledger.audit.caption, { total: log.total })} m={m} locale={locale} />
      <Pager page={filters.page} total={log.total} pageSize={log.pageSize} m={m} hrefFor={(page) => `/staff/audit?${auditQuery(filters, page)}`} />
    </>
  );
}
