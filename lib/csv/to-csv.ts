/** Byte order mark: without it Excel opens UTF-8 files in the system's legacy code page and garbles Chinese. */
export const csvBom = "\uFEFF";

export type TCsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Numbers are written as they are (a negative amount stays a number); text that
 * starts like a formula (= + - @, tab, CR) gets a leading `'` so it opens as text; the cell is
 * quoted (inner quotes doubled, RFC 4180) when it holds a comma, quote, CR or LF, or leading or
 * trailing spaces.
 */
export function csvCell(value: TCsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file as spreadsheets expect it: BOM, CRLF after every record. The first record is usually the header. Pure. */
export function toCsv(records: readonly (readonly TCsvCell[])[]): string {
  return csvBom + records.map((record) => record.map(csvCell).join(",") + "\r\n").join("");
}
