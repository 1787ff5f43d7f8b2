import { TZDate } from "@date-fns/tz";
import { sessionTopics, type SessionTopic } from "./session-topics";

/** A scheduled session; instants are UTC `Date`s. */
export type GeneratedSession = {
  index: number;
  startsAt: Date;
  endsAt: Date;
  topicZh: string;
  topicEn: string;
};

export type GenerateWeekendSessionsInput = {
  /** Local calendar date "YYYY-MM-DD" in `timeZone`. */
  startDate: string;
  /** IANA time zone, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** Number of sessions, 1..20 (default 10). */
  count?: number;
  /** Local wall-clock start "HH:MM" (default "09:30"). */
  startTime?: string;
  /** Local wall-clock end "HH:MM", after `startTime` (default "16:30"). */
  endTime?: string;
  /** Topic of session i is `topics[i - 1]`; must have at least `count` entries. */
  topics?: readonly SessionTopic[];
};

const MAX_SESSIONS = 20;
const DAY_MS = 86_400_000;

type CalendarDate = { year: number; month: number; day: number };

const knownTimeZones = new Set<string>();

/** Throws a RangeError unless `timeZone` is an IANA zone this runtime knows. */
function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
  } catch {
    throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  }
  knownTimeZones.add(timeZone);
}

/** Parses a real calendar date "YYYY-MM-DD" (years 1900–9999), or throws a RangeError. */
function parseCalendarDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (!match || year < 1900 || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new RangeError(`Invalid date ${JSON.stringify(value)}: expected a real calendar date "YYYY-MM-DD"`);
  }
  return { year, month, day };
}

/** Parses "HH:MM" (00:00–23:59) into minutes after midnight, or throws a RangeError. */
function parseClockTime(value: string, label: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`Invalid ${label} ${JSON.stringify(value)}: expected "HH:MM" (00:00–23:59)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Formats a calendar date (as a UTC-midnight timestamp) as "YYYY-MM-DD". */
function formatUtcDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Returns the local date "YYYY-MM-DD" of the first Saturday on or after `startDate`
 * (a Sunday moves to the following Saturday). Weekdays of a calendar date do not depend on
 * the zone; `timeZone` is only validated. Throws a RangeError on a bad date or unknown zone.
 */
export function firstWeekendOnOrAfter(startDate: string, timeZone: string): string {
  assertTimeZone(timeZone);
  const { year, month, day } = parseCalendarDate(startDate);
  const ms = Date.UTC(year, month - 1, day);
  const daysToSaturday = (6 - new Date(ms).getUTCDay() + 7) % 7;
  return formatUtcDay(ms + daysToSaturday * DAY_MS);
}

/** Returns the calendar date "YYYY-MM-DD" that the instant `date` falls on in `timeZone`. */
export function localDateOf(date: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  if (Number.isNaN(date.getTime())) throw new RangeError("localDateOf: invalid Date");
  const local = new TZDate(date.getTime(), timeZone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Converts a local wall-clock time on a calendar day in `timeZone` to a UTC instant. */
function toInstant(dayMs: number, minutes: number, timeZone: string): Date {
  const d = new Date(dayMs);
  const local = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Math.floor(minutes / 60), minutes % 60, timeZone);
  return new Date(local.getTime());
}

/**
 * Schedules `count` sessions two per weekend — Saturday, Sunday, next Saturday, … — starting
 * on the first Saturday on or after `startDate`. Each session runs from `startTime` to `endTime`
 * local wall-clock time in `timeZone` (across DST changes the local time stays fixed; a wall time
 * skipped by a DST gap moves forward). Indexes are 1..count, times strictly increasing.
 * Throws a RangeError on a bad date, bad times, endTime ≤ startTime, count outside 1..20,
 * too few topics, an unknown time zone, or a session a DST gap would make end before it starts.
 */
export function generateWeekendSessions({
  startDate,
  timeZone,
  count = 10,
  startTime = "09:30",
  endTime = "16:30",
  topics = sessionTopics,
}: GenerateWeekendSessionsInput): GeneratedSession[] {
  const firstSaturday = parseCalendarDate(firstWeekendOnOrAfter(startDate, timeZone));
  if (!Number.isInteger(count) || count < 1 || count > MAX_SESSIONS) {
    throw new RangeError(`Invalid count ${count}: expected an integer from 1 to ${MAX_SESSIONS}`);
  }
  if (topics.length < count) {
    throw new RangeError(`Not enough topics: ${count} sessions but only ${topics.length} topics`);
  }
  const startMinutes = parseClockTime(startTime, "startTime");
  const endMinutes = parseClockTime(endTime, "endTime");
  if (endMinutes <= startMinutes) {
    throw new RangeError(`endTime ${endTime} must be after startTime ${startTime}`);
  }

  const saturdayMs = Date.UTC(firstSaturday.year, firstSaturday.month - 1, firstSaturday.day);
  return topics.slice(0, count).map((topic, i) => {
    const dayMs = saturdayMs + (Math.floor(i / 2) * 7 + (i % 2)) * DAY_MS;
    const startsAt = toInstant(dayMs, startMinutes, timeZone);
    const endsAt = toInstant(dayMs, endMinutes, timeZone);
    if (endsAt <= startsAt) {
      throw new RangeError(`Session ${i + 1} on ${formatUtcDay(dayMs)} ends before it starts (DST change)`);
    }
    return {
      index: i + 1,
      startsAt,
      endsAt,
      topicZh: topic.zh,
      topicEn: topic.en,
    };
  });
}
