import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { interpolate, messagesFor } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import { parseLedgerFilters } from "@/lib/ledger/ledger-filters";
import { searchOrders } from "@/lib/ledger/search-orders";
import { toCsv } from "@/lib/csv/to-csv";
import { parseId } from "@/lib/validation/ids";
import { localized } from "@/lib/i18n/localized";

/** The ledger's orders under the same filters as the page, as CSV (amounts in yuan with two decimals). Staff and admins only. */
export const GET = defineJsonRoute({
  who: ["STAFF"],
  async run({ user, request, locale }) {
    const m = messagesFor(locale);
    const parsed = parseLedgerFilters(Object.fromEntries(new URL(request.url).searchParams));
    const filters = { ...parsed, cohortId: parseId(parsed.cohortId) ?? undefined };
    const { rows } = await searchOrders(user, filters, { all: true });
    const l = m.ledger;
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    const when = (date: Date | null) =>
      date ? formatDateTime(date, locale, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) : "";
    const csv = toCsv([
      [l.order, l.createdAt, l.learner, m.auth.email, l.cohort, l.status, l.method, l.amount, l.refunded, l.paidAt, l.paymentIntent],
      ...rows.map((row) => [
        row.id,
        when(row.createdAt),
        row.user.name,
        row.user.email,
        `${interpolate(m.catalog.cohortName, { number: row.cohort.number })} ${localized(locale, row.cohort.campus, "name")}`,
        m.orders.statuses[row.status],
        row.paymentMethod ? ((m.orders.methods as Record<string, string>)[row.paymentMethod] ?? row.paymentMethod) : "",
        yuan(row.amountFen),
        yuan(row.refundedFen),
        when(row.paidAt),
        row.stripePaymentIntentId,
      ]),
    ]);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ledger-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
