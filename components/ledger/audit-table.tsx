import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TAuditEntryRow } from "@/lib/ledger/read-audit-log";

/** Pretty JSON, or an em dash for nothing; rendered as text (React escapes it). */
function json(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** The fields whose value changed between before and after, as "key: old → new" lines. */
function changedLines(before: unknown, after: unknown): string[] {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(before) || !isObject(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${key in before ? JSON.stringify(before[key]) : "—"} → ${key in after ? JSON.stringify(after[key]) : "—"}`);
}

/** The audit log: when, who, what, on which entity, and a readable before → after. */
export function AuditTable({ entries, caption, m, locale }: { entries: readonly TAuditEntryRow[]; caption: string; m: TMessages; locale: TLocale }) {
  const a = m.ledger.audit;
  if (entries.length === 0) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{a.empty}</p>;
  return (
    <DataTable
      caption={caption}
      testId="audit-log"
      rowTestId="audit-entry"
      minWidth="56rem"
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={[
        { key: "when", header: a.when, numeric: true, cell: (entry) => formatDateTime(entry.createdAt, locale, { dateStyle: "medium", timeStyle: "medium" }) },
        {
          key: "who",
          header: a.who,
          cell: (entry) => (
            <>
              {entry.actor.name}
              <span className="block break-all text-xs text-slate-500">{entry.actor.email}</span>
            </>
          ),
        },
        {
          key: "what",
          header: a.what,
          primary: true,
          cell: (entry) => (
            <>
              {(a.actions as Record<string, string>)[entry.action] ?? entry.action}
              <span className="block font-mono text-xs font-normal text-slate-500">{entry.action}</span>
            </>
          ),
        },
        {
          key: "entity",
          header: a.entity,
          cell: (entry) => (
            <>
              <span className="block">{(a.entities as Record<string, string>)[entry.entityType] ?? entry.entityType}</span>
              <span className="break-all font-mono text-xs text-slate-500">{entry.entityId}</span>
            </>
          ),
        },
        {
          key: "change",
          header: a.change,
          className: "max-w-xl",
          cell: (entry) => {
            const lines = changedLines(entry.before, entry.after);
            return (
              <div className="min-w-0">
                {lines.length > 0 && (
                  <ul className="mb-1 break-all font-mono text-xs">
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
                <details>
                  <summary className="cursor-pointer text-xs text-brand-700">
                    {a.before} / {a.after}
                  </summary>
                  <div className="mt-1 grid gap-2 sm:grid-cols-2">
                    <div>
                      <p className="text-xs font-semibold">{a.before}</p>
                      <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{json(entry.before)}</pre>
                    </div>
                    <div>
                      <p className="text-xs font-semibold">{a.after}</p>
                      <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{json(entry.after)}</pre>
                    </div>
                  </div>
                </details>
              </div>
            );
          },
        },
      ]}
    />
  );
}
