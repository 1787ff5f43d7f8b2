import type { TGroupPage } from "@/lib/group-buy/read-group-page";
import type { TMessages } from "@/lib/i18n/types";

/** The group's places: members (masked names, their state) and the places still open. */
export function GroupMembers({ group, m }: { group: TGroupPage; m: TMessages }) {
  const empty = group.status === "OPEN" ? Math.max(0, group.size - group.members.length) : 0;
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title" className="mb-3 text-lg font-semibold">
        {m.groupBuy.members}
      </h2>
      <ol className="grid gap-3 sm:grid-cols-3" data-testid="group-members">
        {group.members.map((member) => (
          <li key={member.id} className="rounded-2xl border border-slate-200 p-4">
            <p className="text-lg font-semibold">
              {member.name}
              {member.isViewer && <span className="text-sm font-normal text-slate-600">{m.groupBuy.you}</span>}
            </p>
            {member.isLeader && <p className="text-xs font-semibold text-brand-700">{m.groupBuy.leader}</p>}
            <p className="text-sm text-slate-600">{m.groupBuy.memberStatuses[member.status]}</p>
          </li>
        ))}
        {Array.from({ length: empty }, (_, i) => (
          <li key={`empty-${i}`} className="rounded-2xl border border-dashed border-slate-300 p-4 text-slate-500">
            {m.groupBuy.emptySlot}
          </li>
        ))}
      </ol>
    </section>
  );
}
