import { ActionForm } from "@/components/forms/action-form";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { requestInvoiceAction } from "@/lib/invoices/actions";

type TRequest = { title: string; taxId: string | null; email: string; status: "REQUESTED" | "ISSUED"; issuedAt: Date | null } | null;

/** The receipt's 发票 part: the request's state, and the form to ask (or correct the request before it is issued). */
export function InvoiceSection({
  orderId,
  request,
  defaultEmail,
  m,
  locale,
}: {
  orderId: string;
  request: TRequest;
  defaultEmail: string;
  m: TMessages;
  locale: TLocale;
}) {
  const o = m.orders;
  return (
    <section
      aria-labelledby="invoice-title"
      className="mx-auto mt-6 max-w-xl space-y-3 rounded-2xl border border-slate-200 p-6 print:hidden"
      data-testid="invoice-section"
    >
      <h2 id="invoice-title" className="text-lg font-semibold">
        {o.invoiceTitle}
      </h2>
      {request?.status === "ISSUED" ? (
        <p role="status" className="text-green-800" data-testid="invoice-status">
          {interpolate(o.invoiceIssued, { date: formatDate(request.issuedAt ?? new Date(), locale), title: request.title, email: request.email })}
        </p>
      ) : (
        <>
          {request ? (
            <p role="status" className="text-slate-700" data-testid="invoice-status">
              {interpolate(o.invoiceRequested, { title: request.title, email: request.email })}
            </p>
          ) : (
            <p className="text-sm text-slate-600">{o.invoiceIntro}</p>
          )}
          <ActionForm
            action={requestInvoiceAction}
            hidden={{ orderId }}
            fields={[
              { name: "title", label: o.invoiceFieldTitle, hint: o.invoiceFieldTitleHint, defaultValue: request?.title ?? "" },
              { name: "taxId", label: o.invoiceFieldTaxId, hint: o.invoiceFieldTaxIdHint, optional: true, defaultValue: request?.taxId ?? "" },
              { name: "email", label: o.invoiceFieldEmail, type: "email", autoComplete: "email", defaultValue: request?.email ?? defaultEmail },
            ]}
            submitLabel={o.invoiceSubmit}
            pendingLabel={m.auth.working}
            successMessage={o.invoiceSaved}
          />
        </>
      )}
    </section>
  );
}
