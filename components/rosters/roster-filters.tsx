import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";
import type { TRoster } from "@/lib/rosters/read-roster";

/** Class filter (links), the search box (a GET form, so results have a URL) and the CSV export link. */
export function RosterFilters({ roster, m, basePath, csvHref }: { roster: TRoster; m: TMessages; basePath: string; csvHref: string }) {
  const r = m.rosters;
  const withQuery = (classId: string | null, keepSearch = true) => {
    const params = new URLSearchParams();
    if (classId) params.set("classId", classId);
    if (keepSearch && roster.query) params.set("q", roster.query);
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <div className="mb-6 space-y-4">
      {roster.classes.length > 1 && (
        <nav aria-label={r.classFilter} className="flex flex-wrap gap-2">
          {[{ id: null, label: r.allClasses }, ...roster.classes.map((c) => ({ id: c.id, label: interpolate(r.className, { code: c.code }) }))].map((item) => (
            <Link
              key={item.id ?? "all"}
              href={withQuery(item.id)}
              aria-current={item.id === roster.classId ? "page" : undefined}
              className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" action={basePath} role="search" className="flex flex-wrap items-end gap-2">
          {roster.classId && <input type="hidden" name="classId" value={roster.classId} />}
          <div className="space-y-1">
            <label htmlFor="roster-search" className="block text-sm font-medium text-slate-800">
              {r.search}
            </label>
            <input
              id="roster-search"
              name="q"
              type="search"
              defaultValue={roster.query}
              placeholder={r.searchHint}
              maxLength={100}
              className="block w-64 max-w-full rounded-lg border border-slate-300 px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {r.searchSubmit}
          </button>
          {roster.query && (
            <Link href={withQuery(roster.classId, false)} className={buttonClass("ghost")}>
              {r.clearSearch}
            </Link>
          )}
        </form>
        <a href={csvHref} download className={buttonClass("secondary")}>
          {r.exportCsv}
        </a>
      </div>
    </div>
  );
}
