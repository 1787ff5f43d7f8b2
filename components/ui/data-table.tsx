import type { ReactNode } from "react";

export type TDataColumn<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The row's header (`<th scope="row">`) and the card's title on phones: shown first, without the column's name before it. */
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
  /** The caption is the table's title (bold, above it) rather than a note. */
  captionTitle?: boolean;
  captionTestId?: string;
  /** Columns; `false` leaves a column out (e.g. payment columns only for staff). */
  columns: readonly (TDataColumn<R> | false)[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowTestId?: string;
  /** Extra `data-*` attributes of a row (e.g. `{ "data-category": row.category }`). */
  rowData?: (row: R) => Record<`data-${string}`, string>;
  /** A closing row (sums), one cell per column key; the primary column's cell is its header. */
  footer?: Partial<Record<string, ReactNode>>;
  testId?: string;
  /** The table's minimum width on wide screens (a Tailwind size such as "48rem"); it scrolls inside its box. */
  minWidth?: keyof typeof minWidths;
};

const minWidths = {
  "24rem": "sm:min-w-[24rem]",
  "32rem": "sm:min-w-[32rem]",
  "40rem": "sm:min-w-[40rem]",
  "48rem": "sm:min-w-[48rem]",
  "56rem": "sm:min-w-[56rem]",
  "64rem": "sm:min-w-[64rem]",
} as const;

const testIdProp = (testId: string | undefined) => (testId ? { "data-testid": testId } : {});

/** A className prop only when there is a class: an absent prop costs nothing, an empty or undefined one is still sent in the RSC payload. */
function classProp(...classes: (string | false | undefined)[]): { className?: string } {
  const className = classes.filter(Boolean).join(" ");
  return className ? { className } : {};
}

/** Padding, borders, the row header's weight and numbers' alignment come from globals.css (.table-cards); cells carry only `num` and the column's own classes. */
function cellClass<R>(column: TDataColumn<R>): { className?: string } {
  return classProp(column.numeric && "num", column.className);
}

/** One cell: the primary column's cell heads its row (th scope=row); the others carry their column's name for the phone layout. */
function Cell<R>({ column, children }: { column: TDataColumn<R>; children: ReactNode }) {
  if (column.primary)
    return (
      <th scope="row" {...cellClass(column)}>
        {children}
      </th>
    );
  return (
    <td {...(typeof column.header === "string" ? { "data-label": column.header } : {})} {...cellClass(column)}>
      {children}
    </td>
  );
}

/**
 * The one table of the site. On wide screens a table that scrolls inside its own box (never the
 * page), headers on one line; below the sm breakpoint (phones) each row becomes a card and each
 * cell a line led by its column's name (globals.css: .table-cards), so nothing is off-screen.
 * Accessible either way: a caption, column headers (th scope=col), a row header per row.
 */
export function DataTable<R>({
  caption,
  captionHidden,
  captionTitle,
  captionTestId,
  columns: all,
  rows,
  rowKey,
  rowTestId,
  rowData,
  footer,
  testId,
  minWidth = "40rem",
}: TProps<R>) {
  const columns = all.filter((column): column is TDataColumn<R> => column !== false);
  const captionClass = captionHidden ? "sr-only" : captionTitle ? "px-3 pt-3 text-left font-semibold" : "px-3 pt-3 text-left text-slate-600";
  return (
    <div className="max-w-full overflow-x-auto rounded-2xl border border-slate-200">
      <table className={`table-cards w-full text-left text-sm ${minWidths[minWidth]}`} {...testIdProp(testId)}>
        <caption className={captionClass} {...testIdProp(captionTestId)}>
          {caption}
        </caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" {...classProp(column.numeric && "num")}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...testIdProp(rowTestId)} {...rowData?.(row)}>
              {columns.map((column) => (
                <Cell key={column.key} column={column}>
                  {column.cell(row)}
                </Cell>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot className="border-t-2 border-slate-300 font-semibold">
            <tr>
              {columns.map((column) => (
                <Cell key={column.key} column={column}>
                  {footer[column.key]}
                </Cell>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
