import type { ReactNode } from "react";

export type TDataColumn<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The card's title on phones: shown first, without the column's name before it. */
  primary?: boolean;
  /** Numbers and dates: kept on one line and aligned right on wide screens. */
  numeric?: boolean;
  /** Extra classes for this column's cells. */
  className?: string;
};

type TProps<R> = {
  caption: string;
  /** The caption is for screen readers only (the page's heading already says it). */
  captionHidden?: boolean;
  columns: readonly TDataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowTestId?: string;
  testId?: string;
  /** The table's minimum width on wide screens (a Tailwind size such as "48rem"); it scrolls inside its box. */
  minWidth?: "32rem" | "40rem" | "48rem" | "56rem" | "64rem";
};

const minWidths = { "32rem": "sm:min-w-[32rem]", "40rem": "sm:min-w-[40rem]", "48rem": "sm:min-w-[48rem]", "56rem": "sm:min-w-[56rem]", "64rem": "sm:min-w-[64rem]" } as const;

/**
 * The one table of the site. On wide screens a table that scrolls inside its own box (never the
 * page), headers on one line; below the sm breakpoint (phones) each row becomes a card and each
 * cell a line led by its column's name (globals.css: .table-cards), so nothing is off-screen.
 */
export function DataTable<R>({ caption, captionHidden, columns, rows, rowKey, rowTestId, testId, minWidth = "40rem" }: TProps<R>) {
  return (
    <div className="max-w-full overflow-x-auto rounded-2xl border border-slate-200">
      <table className={`table-cards w-full text-left text-sm ${minWidths[minWidth]}`} data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "px-3 pt-3 text-left text-slate-600"}>{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${column.numeric ? "text-right" : ""}`}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-slate-100 align-top" data-testid={rowTestId}>
              {columns.map((column) => (
                <td
                  key={column.key}
                  data-label={column.primary || typeof column.header !== "string" ? undefined : column.header}
                  className={`px-3 py-2 ${column.primary ? "max-sm:font-medium" : ""} ${column.numeric ? "whitespace-nowrap tabular-nums sm:text-right" : ""} ${column.className ?? ""}`}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
