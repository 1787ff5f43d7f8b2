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
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="audit-log">
        <caption className="mb-2 text-left text-slate-600">{caption}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-2">{a.when}</th>
            <th scope="col">{a.who}</th>
            <th scope="col">{a.what}</th>
            <th scope="col">{a.entity}</th>
            <th scope="col">{a.change}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const lines = changedLines(entry.before, entry.after);
            return (
              <tr key={entry.id} className="border-t border-slate-100 align-top" data-testid="audit-entry">
                <td className="py-2 whitespace-nowrap">{formatDateTime(entry.createdAt, locale, { dateStyle: "medium", timeStyle: "medium" })}</td>
                <td>{entry.actor.name}<span className="block text-xs text-slate-500">{entry.actor.email}</span></td>
                <td>{(a.actions as Record<string, string>)[entry.action] ?? entry.action}<span className="block font-mono text-xs text-slate-500">{entry.action}</span></td>
                <td><span className="block">{(a.entities as Record<string, string>)[entry.entityType] ?? entry.entityType}</span><span className="break-all font-mono text-xs text-slate-500">{entry.entityId}</span></td>
                <td className="max-w-xl">
                  {lines.length > 0 && <ul className="mb-1 font-mono text-xs">{lines.map((line) => <li key={line}>{line}</li>)}</ul>}
                  <details>
                    <summary className="cursor-pointer text-xs text-brand-700">{a.before} / {a.after}</summary>
                    <div className="mt-1 grid gap-2 sm:grid-cols-2">
                      <div><p className="text-xs font-semibold">{a.before}</p><pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{json(entry.before)}</pre></div>
                      <div><p className="text-xs font-semibold">{a.after}</p><pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{json(entry.after)}</pre></div>
                    </div>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
