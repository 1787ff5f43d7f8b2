import { TZDate } from "@date-fns/tz";
import { schoolTimeZone } from "../i18n/format";

/**
 * The instant of a wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in the school's time zone
 * (what a coach types into the schedule form), or null when either is not a real date or time.
 */
export function instantFromLocal(date: string, time: string, timeZone: string = schoolTimeZone): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, timeZone).getTime());
}
