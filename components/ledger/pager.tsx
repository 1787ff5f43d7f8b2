import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";

/** Previous / next links that keep the filters (`hrefFor` builds the URL of a page). */
export function Pager({
  page,
  total,
  pageSize,
  hrefFor,
  m,
}: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
  m: TMessages;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={m.ledger.pagination} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link className={buttonClass("secondary")} href={hrefFor(page - 1)} rel="prev">
          {m.ledger.previous}
        </Link>
      )}
      <span aria-current="page">{interpolate(m.ledger.pageOf, { page: Math.min(page, pages), pages })}</span>
      {page < pages && (
        <Link className={buttonClass("secondary")} href={hrefFor(page + 1)} rel="next">
          {m.ledger.next}
        </Link>
      )}
    </nav>
  );
}
