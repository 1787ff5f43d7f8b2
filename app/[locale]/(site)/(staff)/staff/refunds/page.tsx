import type { Metadata } from "next";
import Link from "next/link";
import { RefundRequestCard } from "@/components/refunds/refund-request-card";
import { RefundWorkList } from "@/components/refunds/refund-work-list";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { readRefundRequests } from "@/lib/refunds/read-refund-requests";
import { readRefundWork } from "@/lib/refunds/read-refund-work";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.refunds.title };
}

type TProps = { searchParams: Promise<{ view?: string }> };
const views = ["pending", "decided", "payouts"] as const;

export default async function StaffRefundsPage({ searchParams }: TProps) {
  const [user, { m, locale }, { view: asked }] = await Promise.all([requireRole(["STAFF"], "/staff/refunds"), getMessages(), searchParams]);
  const view = views.find((candidate) => candidate === asked) ?? "pending";
  const r = m.refunds;
  const labels = { pending: r.pending, decided: r.decided, payouts: r.payoutsView };
  return (
    <>
      <PageHeading title={r.title}>
        <p>{r.intro}</p>
      </PageHeading>
      <nav aria-label={r.title} className="mb-6 flex flex-wrap gap-2">
        {views.map((value) => (
          <Link
            key={value}
            href={value === "pending" ? "/staff/refunds" : `/staff/refunds?view=${value}`}
            aria-current={value === view ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {labels[value]}
          </Link>
        ))}
      </nav>
      {view === "payouts" ? (
        <RefundWorkList work={await readRefundWork(user)} m={m} locale={locale} />
      ) : (
        <Requests filter={view === "decided" ? "DECIDED" : "PENDING"} />
      )}
    </>
  );

  async function Requests({ filter }: { filter: "PENDING" | "DECIDED" }) {
    const requests = await readRefundRequests(user, filter);
    if (requests.length === 0)
      return (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{filter === "PENDING" ? r.empty : r.emptyDecided}</p>
      );
    return (
      <ul className="space-y-4">
        {requests.map((request) => (
          <RefundRequestCard key={request.id} request={request} viewerId={user.id} m={m} locale={locale} />
        ))}
      </ul>
    );
  }
}
