export type TCsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: TCsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * A CSV file as spreadsheets expect it: a UTF-8 byte-order mark (so Excel reads Chinese), CRLF
 * line ends and RFC 4180 quoting. Text that starts like a formula (= + - @, tab, CR) is prefixed
 * with an apostrophe so it opens as text; numbers are written as they are.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly TCsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
