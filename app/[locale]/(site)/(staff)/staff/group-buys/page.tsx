import type { Metadata } from "next";
import Link from "next/link";
import { settleGroupNowAction } from "@/lib/group-buy/actions";
import { ActionButton } from "@/components/forms/action-button";
import { DataTable } from "@/components/ui/data-table";
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
      <PageHeading title={m.groupBuy.staffTitle}>
        <p>{m.groupBuy.staffIntro}</p>
      </PageHeading>
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
                  <Link className="underline" href={`/groups/${group.code}`}>
                    {group.code}
                  </Link>{" "}
                  · {interpolate(m.catalog.cohortName, { number: group.cohort.number })} {localized(locale, group.cohort.campus, "name")}
                </h2>
                <p className="text-sm text-slate-600">
                  {m.groupBuy.leader}: {group.leader.name} ({group.leader.email}) · {formatMoney(group.priceFen, locale)} · {m.groupBuy.deadline}{" "}
                  {formatDateTime(group.deadline, locale)}
                </p>
              </div>
              <p className="rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="staff-group-status">
                {m.groupBuy.groupStatuses[group.status]}
              </p>
            </div>
            <div className="mt-3">
              <DataTable
                caption={m.groupBuy.members}
                captionHidden
                rows={group.members}
                rowKey={(member) => member.id}
                columns={[
                  {
                    key: "member",
                    header: m.groupBuy.members,
                    primary: true,
                    cell: (member) => (
                      <>
                        {member.user.name} <span className="font-normal text-slate-500">{member.user.email}</span>
                      </>
                    ),
                  },
                  {
                    key: "status",
                    header: m.groupBuy.status,
                    cell: (member) =>
                      `${m.groupBuy.memberStatuses[member.status]}${member.late ? " ⚠" : ""}${member.dropReason ? ` (${member.dropReason})` : ""}`,
                  },
                  { key: "payment", header: m.groupBuy.payments, cell: (member) => (member.order ? m.orders.statuses[member.order.status] : "—") },
                  { key: "method", header: m.orders.method, cell: (member) => methodLabel(member.order?.paymentMethod ?? null, m) },
                  {
                    key: "amount",
                    header: m.orders.amount,
                    numeric: true,
                    cell: (member) =>
                      `${member.order ? formatMoney(member.order.amountFen, locale) : "—"}${member.order?.refundedFen ? ` (−${formatMoney(member.order.refundedFen, locale)})` : ""}`,
                  },
                ]}
              />
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
                    amount: formatMoney(
                      group.members.reduce(
                        (sum, member) =>
                          sum + (member.order && ["PAID", "AUTHORIZED"].includes(member.order.status) ? member.order.amountFen - member.order.refundedFen : 0),
                        0,
                      ),
                      locale,
                    ),
                  })}
                  successMessage={interpolate(m.groupBuy.settled, { code: group.code })}
                  persistSuccess
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
