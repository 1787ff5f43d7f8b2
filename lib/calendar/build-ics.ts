import { TZDate } from "@date-fns/tz";

/** One event of the calendar; instants are UTC `Date`s. */
export type IcsEvent = {
  /** Globally unique and stable across rebuilds, e.g. "session-123@example.com". */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Revision number; bump when the event changes (default 0). */
  sequence?: number;
};

export type BuildIcsInput = {
  calendarName: string;
  /** Only "Asia/Shanghai" is supported. */
  timeZone: string;
  events: readonly IcsEvent[];
  /** Written as every event's DTSTAMP. */
  now: Date;
};

const SUPPORTED_TIME_ZONE = "Asia/Shanghai";
const MAX_LINE_OCTETS = 75;
const CRLF = "\r\n";
const encoder = new TextEncoder();

/** The VTIMEZONE for Asia/Shanghai: UTC+8 all year, no DST since 1991. */
const SHANGHAI_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Shanghai",
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:CST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash,
 * any line break (CRLF, LF or CR) becomes `\n`, and other control characters (not allowed in
 * TEXT) except tab are dropped.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,\n]/g, (ch) => (ch === "\n" ? "\\n" : `\\${ch}`));
}

/**
 * Folds one content line (RFC 5545 §3.1) so that no physical line exceeds 75 UTF-8 octets,
 * not counting CRLF. Breaks only between code points, never inside a multi-byte character
 * or a surrogate pair; each continuation line starts with one space (counted in the 75).
 * Returns the physical lines joined by CRLF, without a trailing CRLF.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function assertValidDate(date: Date, label: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${label} is not a valid Date`);
}

/** "YYYYMMDDTHHMMSSZ" in UTC. */
function formatUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** "YYYYMMDDTHHMMSS" local wall-clock time in `timeZone`. */
function formatLocal(date: Date, timeZone: string): string {
  const d = new TZDate(date.getTime(), timeZone);
  return `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}` + `T${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

function buildEventLines(event: IcsEvent, index: number, timeZone: string, dtstamp: string): string[] {
  const label = `events[${index}]`;
  assertValidDate(event.startsAt, `${label}.startsAt`);
  assertValidDate(event.endsAt, `${label}.endsAt`);
  if (event.endsAt <= event.startsAt) throw new RangeError(`${label}: endsAt must be after startsAt`);
  if (event.uid.trim() === "") throw new RangeError(`${label}: uid must not be empty`);
  const sequence = event.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError(`${label}: sequence must be a non-negative integer`);
  }
  if (event.url !== undefined && /[\u0000-\u0020\u007f]/.test(event.url)) {
    throw new RangeError(`${label}: url must not contain spaces or control characters`);
  }

  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;TZID=${timeZone}:${formatLocal(event.startsAt, timeZone)}`,
    `DTEND;TZID=${timeZone}:${formatLocal(event.endsAt, timeZone)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${event.url}`);
  lines.push(`SEQUENCE:${sequence}`, "END:VEVENT");
  return lines;
}

/**
 * Writes an RFC 5545 iCalendar document (METHOD:PUBLISH) with a VTIMEZONE for Asia/Shanghai
 * and one VEVENT per event, in input order. Event times are written as local Shanghai time
 * with TZID, DTSTAMP as UTC. TEXT values are escaped, lines folded at 75 UTF-8 octets, and
 * every line (the last included) ends with CRLF. Throws a RangeError for any other time zone,
 * an invalid date, endsAt ≤ startsAt, an empty uid, a bad sequence or a url with whitespace.
 */
export function buildIcs({ calendarName, timeZone, events, now }: BuildIcsInput): string {
  if (timeZone !== SUPPORTED_TIME_ZONE) {
    throw new RangeError(`Unsupported time zone ${JSON.stringify(timeZone)}: only ${SUPPORTED_TIME_ZONE} is supported`);
  }
  assertValidDate(now, "now");
  const dtstamp = formatUtc(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AI Trainer Academy//Cohort schedule//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...SHANGHAI_VTIMEZONE,
    ...events.flatMap((event, index) => buildEventLines(event, index, timeZone, dtstamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => foldIcsLine(line) + CRLF).join("");
}
