import type { Metadata } from "next";
import Link from "next/link";
import { settleGroupNowAction } from "@/lib/group-buy/actions";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readStaffGroups, staffGroupFilters, type TStaffGroupFilter } from "@/lib/group-buy/staff-groups";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { methodLabel } from "@/components/orders/order-labels";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.groupBuy.staffTitle };
}

type TProps = { searchParams: Promise<{ status?: string }> };

export default async function StaffGroupBuysPage({ searchParams }: TProps) {
  const [user, { m, locale }, { status }] = await Promise.all([requireRole(["STAFF"], "/staff/group-buys"), getMessages(), searchParams]);
  const filter: TStaffGroupFilter = (staffGroupFilters as readonly string[]).includes(status ?? "") ? (status as TStaffGroupFilter) : "ALL";
  const groups = await readStaffGroups(user, filter);
  return (
    <>
      <PageHeading title={m.groupBuy.staffTitle}><p>{m.groupBuy.staffIntro}</p></PageHeading>
      <nav aria-label={m.groupBuy.status} className="mb-6 flex flex-wrap gap-2">
        {staffGroupFilters.map((value) => (
          <Link
            key={value}
            href={value === "ALL" ? "/staff/group-buys" : `/staff/group-buys?status=${value}`}
            aria-current={value === filter ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {value === "ALL" ? m.groupBuy.filterAll : m.groupBuy.groupStatuses[value]}
          </Link>
        ))}
      </nav>
      {groups.length === 0 && <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{m.groupBuy.staffEmpty}</p>}
      <ul className="space-y-4">
        {groups.map((group) => (
          <li key={group.id} className="rounded-2xl border border-slate-200 p-5" data-testid="staff-group">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 className="text-lg font-semibold">
                  <Link className="underline" href={`/groups/${group.code}`}>{group.code}</Link> · {interpolate(m.catalog.cohortName, { number: group.cohort.number })} {localized(locale, group.cohort.campus, "name")}
                </h2>
                <p className="text-sm text-slate-600">
                  {m.groupBuy.leader}: {group.leader.name} ({group.leader.email}) · {formatMoney(group.priceFen, locale)} · {m.groupBuy.deadline} {formatDateTime(group.deadline, locale)}
                </p>
              </div>
              <p className="rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="staff-group-status">{m.groupBuy.groupStatuses[group.status]}</p>
            </div>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">{m.groupBuy.members}</caption>
                <thead className="text-slate-500">
                  <tr><th scope="col" className="py-1">{m.groupBuy.members}</th><th scope="col">{m.groupBuy.status}</th><th scope="col">{m.groupBuy.payments}</th><th scope="col">{m.orders.method}</th><th scope="col">{m.orders.amount}</th></tr>
                </thead>
                <tbody>
                  {group.members.map((member) => (
                    <tr key={member.id} className="border-t border-slate-100">
                      <td className="py-1">{member.user.name} <span className="text-slate-500">{member.user.email}</span></td>
                      <td>{m.groupBuy.memberStatuses[member.status]}{member.late ? " ⚠" : ""}{member.dropReason ? ` (${member.dropReason})` : ""}</td>
                      <td>{member.order ? m.orders.statuses[member.order.status] : "—"}</td>
                      <td>{methodLabel(member.order?.paymentMethod ?? null, m)}</td>
                      <td>{member.order ? formatMoney(member.order.amountFen, locale) : "—"}{member.order?.refundedFen ? ` (−${formatMoney(member.order.refundedFen, locale)})` : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {group.status !== "SETTLED" && (
              <div className="mt-3 max-w-md space-y-2">
                <p className="text-xs text-slate-600">{m.groupBuy.settleNowHint}</p>
                <ActionButton
                  action={settleGroupNowAction}
                  hidden={{ groupId: group.id }}
                  label={m.groupBuy.settleNow}
                  pendingLabel={m.auth.working}
                  variant="secondary"
                  confirmMessage={interpolate(m.groupBuy.settleConfirm, {
                    code: group.code,
                    count: group.members.filter((member) => member.order && ["PAID", "AUTHORIZED"].includes(member.order.status)).length,
                    amount: formatMoney(group.members.reduce((sum, member) => sum + (member.order && ["PAID", "AUTHORIZED"].includes(member.order.status) ? member.order.amountFen - member.order.refundedFen : 0), 0), locale),
                  })}
                  successMessage={interpolate(m.groupBuy.settled, { code: group.code })}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
