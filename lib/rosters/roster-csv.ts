import { interpolate } from "../i18n/catalog";
import type { TMessages } from "../i18n/types";
import type { TRoster } from "./read-roster";

/** Byte order mark: without it Excel opens UTF-8 files in the system's legacy code page and garbles Chinese. */
export const csvBom = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading formula character is neutralised with a `'`, and the cell is quoted
 * (doubling inner quotes, RFC 4180) when it holds a comma, quote, CR or LF — or always, for safety
 * with leading/trailing spaces.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, CRLF after every record (RFC 4180). Pure. */
export function toCsv(records: readonly (readonly (string | number | null | undefined)[])[]): string {
  return csvBom + records.map((record) => record.map(csvCell).join(",") + "\r\n").join("");
}

/** Fen as a plain decimal amount of yuan ("22999.00"), a number Excel can sum. */
function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * The roster as a CSV file in the reader's language. Payment columns appear only when the roster
 * carries them (staff); an instructor's roster has none to write.
 */
export function rosterCsv(roster: TRoster, m: TMessages): string {
  const c = m.rosters.columns;
  const header = [c.name, c.email, c.class, c.status, c.progress, c.attendance];
  const common = (row: TRoster["rows"][number]) => [
    row.name,
    row.email,
    row.classCode,
    m.rosters.statuses[row.status],
    `${row.lessonsCompleted}/${roster.lessonsTotal}`,
    `${row.attended}/${roster.sessionsHeld}`,
  ];
  if (!roster.withPayments) return toCsv([header, ...roster.rows.map(common)]);
  const methods = m.orders.methods as Record<string, string>;
  return toCsv([
    [...header, c.payment, c.amount, c.method],
    ...roster.rows.map((row) => [
      ...common(row),
      row.payment ? m.orders.statuses[row.payment.status] : m.rosters.noOrder,
      row.payment ? yuan(row.payment.amountFen) : "",
      row.payment?.method ? (methods[row.payment.method] ?? row.payment.method) : "",
    ]),
  ]);
}

/** The download's file name, e.g. "第12期-花名册.csv" (A班 appended when one class is exported). */
export function rosterFileName(roster: TRoster, m: TMessages): string {
  const cohort = interpolate(m.catalog.cohortName, { number: roster.cohort.number });
  const code = roster.classId ? roster.classes.find((c) => c.id === roster.classId)?.code : undefined;
  return `${cohort}${code ? `-${interpolate(m.rosters.className, { code })}` : ""}-${m.rosters.csvFile}.csv`;
}
