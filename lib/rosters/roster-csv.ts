import { interpolate } from "../i18n/catalog";
import type { TMessages } from "../i18n/types";
import { toCsv } from "../csv/to-csv";
import type { TRoster } from "./read-roster";

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
