import type { Metadata } from "next";
import Link from "next/link";
import { MarkInvoiceIssuedButton } from "@/components/orders/mark-invoice-issued-button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { listInvoiceRequests } from "@/lib/invoices/read-invoice-requests";
import { orderNumber } from "@/lib/orders/order-number";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.backOffice.invoices.title };
}

const views = { waiting: "REQUESTED", issued: "ISSUED", all: undefined } as const;
type TView = keyof typeof views;

/** Staff's 发票 requests: who asked, for which order, the title and tax id; mark each issued. */
export default async function StaffInvoicesPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const [, { m, locale }, { view: asked }] = await Promise.all([requireRole(["STAFF"], "/staff/invoices"), getMessages(), searchParams]);
  const view: TView = asked === "issued" || asked === "all" ? asked : "waiting";
  const requests = await listInvoiceRequests({ status: views[view] });
  const t = m.backOffice.invoices;
  const labels: Record<TView, string> = { waiting: t.waiting, issued: t.issued, all: t.all };
  return (
    <>
      <PageHeading title={t.title}>
        <p>{t.intro}</p>
      </PageHeading>
      <nav aria-label={t.title} className="mb-6 flex flex-wrap gap-2">
        {(Object.keys(views) as TView[]).map((value) => (
          <Link
            key={value}
            href={value === "waiting" ? "/staff/invoices" : `/staff/invoices?view=${value}`}
            aria-current={value === view ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {labels[value]}
          </Link>
        ))}
      </nav>
      {requests.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{t.empty}</p>
      ) : (
        <DataTable
          caption={t.title}
          captionHidden
          testId="invoice-requests"
          rowTestId="invoice-request"
          minWidth="64rem"
          rows={requests}
          rowKey={(request) => request.id}
          columns={[
            { key: "title", header: t.invoiceTitle, primary: true, cell: (request) => request.title },
            { key: "taxId", header: t.taxId, cell: (request) => <span className="break-all font-mono text-xs">{request.taxId ?? "—"}</span> },
            { key: "email", header: t.email, cell: (request) => <span className="break-all">{request.email}</span> },
            {
              key: "learner",
              header: t.learner,
              cell: (request) => (
                <>
                  {request.user.name}
                  <span className="block text-xs text-slate-500">{request.user.email}</span>
                </>
              ),
            },
            { key: "order", header: t.order, cell: (request) => <span className="whitespace-nowrap font-mono text-xs">{orderNumber(request.order)}</span> },
            { key: "amount", header: t.amount, numeric: true, cell: (request) => formatMoney(request.order.amountFen - request.order.refundedFen, locale) },
            { key: "requestedAt", header: t.requestedAt, numeric: true, cell: (request) => formatDateTime(request.createdAt, locale) },
            {
              key: "status",
              header: t.status,
              cell: (request) =>
                request.status === "ISSUED" ? (
                  <span className="text-green-800">
                    {t.issued} · {interpolate(t.issuedOn, { date: formatDate(request.issuedAt ?? request.createdAt, locale) })}
                  </span>
                ) : (
                  <MarkInvoiceIssuedButton requestId={request.id} label={t.markIssued} pendingLabel={m.auth.working} />
                ),
            },
          ]}
        />
      )}
    </>
  );
}
