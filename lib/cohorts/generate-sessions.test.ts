import fc from "fast-check";
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { firstWeekendOnOrAfter, generateWeekendSessions, localDateOf } from "./generate-sessions";
import { sessionTopics } from "./session-topics";

const SH = "Asia/Shanghai";

/** Local weekday (0 = Sunday) and "HH:MM" of an instant in a zone. */
function localParts(date: Date, timeZone: string) {
  const local = new TZDate(date.getTime(), timeZone);
  const hhmm = `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
  return { weekday: local.getDay(), hhmm };
}

/** ISO week key "YYYY-Www" of a calendar date "YYYY-MM-DD". */
function isoWeekOf(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of that week decides its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

describe("sessionTopics", () => {
  it("has the ten syllabus topics in order", () => {
    expect(sessionTopics).toHaveLength(10);
    expect(sessionTopics[0]?.zh).toBe("AI 训练师的工作与标注规范");
    expect(sessionTopics[9]?.en).toBe("Career: résumé, trial tasks and interviews");
    expect(Object.isFrozen(sessionTopics)).toBe(true);
  });
});

describe("firstWeekendOnOrAfter / localDateOf", () => {
  it("keeps a Saturday, moves weekdays and Sundays forward to Saturday", () => {
    expect(firstWeekendOnOrAfter("2026-12-05", SH)).toBe("2026-12-05");
    expect(firstWeekendOnOrAfter("2026-12-02", SH)).toBe("2026-12-05");
    expect(firstWeekendOnOrAfter("2026-12-06", SH)).toBe("2026-12-12");
    expect(firstWeekendOnOrAfter("2026-12-31", SH)).toBe("2027-01-02");
  });

  it("gives the local calendar date of an instant", () => {
    expect(localDateOf(new Date("2026-12-04T16:00:00Z"), SH)).toBe("2026-12-05");
    expect(localDateOf(new Date("2026-12-04T15:59:59Z"), SH)).toBe("2026-12-04");
    expect(localDateOf(new Date("2026-12-05T03:00:00Z"), "America/New_York")).toBe("2026-12-04");
  });
});

describe("generateWeekendSessions", () => {
  it("schedules a Saturday-start cohort on five consecutive weekends", () => {
    const sessions = generateWeekendSessions({ startDate: "2026-12-05", timeZone: SH });
    expect(sessions.map((s) => localDateOf(s.startsAt, SH))).toEqual([
      "2026-12-05",
      "2026-12-06",
      "2026-12-12",
      "2026-12-13",
      "2026-12-19",
      "2026-12-20",
      "2026-12-26",
      "2026-12-27",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect(sessions[0]?.startsAt).toEqual(new Date("2026-12-05T01:30:00Z"));
    expect(sessions[0]?.endsAt).toEqual(new Date("2026-12-05T08:30:00Z"));
    expect(sessions[9]?.startsAt).toEqual(new Date("2027-01-03T01:30:00Z"));
  });

  it("attaches topics and indexes 1..10 with strictly increasing times", () => {
    const sessions = generateWeekendSessions({ startDate: "2026-12-05", timeZone: SH });
    expect(sessions.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    sessions.forEach((s, i) => {
      expect(s.topicZh).toBe(sessionTopics[i]?.zh);
      expect(s.topicEn).toBe(sessionTopics[i]?.en);
      expect(s.endsAt.getTime()).toBeGreaterThan(s.startsAt.getTime());
      const next = sessions[i + 1];
      if (next) expect(next.startsAt.getTime()).toBeGreaterThan(s.endsAt.getTime());
    });
  });

  it("moves a Wednesday start to that Saturday and a Sunday start to the next Saturday", () => {
    expect(localDateOf(generateWeekendSessions({ startDate: "2026-12-02", timeZone: SH })[0]!.startsAt, SH)).toBe("2026-12-05");
    expect(localDateOf(generateWeekendSessions({ startDate: "2026-12-06", timeZone: SH })[0]!.startsAt, SH)).toBe("2026-12-12");
  });

  it("puts every session on a Saturday or Sunday at 09:30–16:30 Shanghai time", () => {
    for (const s of generateWeekendSessions({ startDate: "2027-02-10", timeZone: SH })) {
      expect([0, 6]).toContain(localParts(s.startsAt, SH).weekday);
      expect(localParts(s.startsAt, SH).hhmm).toBe("09:30");
      expect(localParts(s.endsAt, SH).hhmm).toBe("16:30");
    }
  });

  it("keeps local 09:30 across a DST change in New York", () => {
    const sessions = generateWeekendSessions({ startDate: "2027-03-06", timeZone: "America/New_York" });
    expect(sessions[0]?.startsAt).toEqual(new Date("2027-03-06T14:30:00Z")); // EST, UTC-5
    expect(sessions[3]?.startsAt).toEqual(new Date("2027-03-14T13:30:00Z")); // DST day, EDT, UTC-4
    for (const s of sessions) expect(localParts(s.startsAt, "America/New_York").hhmm).toBe("09:30");
  });

  it("honours count, custom times and custom topics", () => {
    const topics = [
      { zh: "甲", en: "A" },
      { zh: "乙", en: "B" },
      { zh: "丙", en: "C" },
    ];
    const sessions = generateWeekendSessions({
      startDate: "2026-12-05",
      timeZone: SH,
      count: 3,
      startTime: "19:00",
      endTime: "21:00",
      topics,
    });
    expect(sessions.map((s) => [s.index, s.topicEn, s.startsAt.toISOString()])).toEqual([
      [1, "A", "2026-12-05T11:00:00.000Z"],
      [2, "B", "2026-12-06T11:00:00.000Z"],
      [3, "C", "2026-12-12T11:00:00.000Z"],
    ]);
  });

  it("rejects bad input with a RangeError", () => {
    const ok = { startDate: "2026-12-05", timeZone: SH };
    const bad = [
      { ...ok, startDate: "2026-02-30" },
      { ...ok, startDate: "2026-1-5" },
      { ...ok, startDate: "hello" },
      { ...ok, startDate: "2026-12-05T00:00" },
      { ...ok, timeZone: "Mars/Olympus_Mons" },
      { ...ok, count: 0 },
      { ...ok, count: 21 },
      { ...ok, count: 2.5 },
      { ...ok, count: 11 },
      { ...ok, endTime: "09:30" },
      { ...ok, endTime: "08:00" },
      { ...ok, startTime: "9:30" },
      { ...ok, startTime: "24:00" },
    ];
    for (const input of bad) expect(() => generateWeekendSessions(input), JSON.stringify(input)).toThrow(RangeError);
    expect(() => generateWeekendSessions({ ...ok, endTime: "09:30" })).toThrow(/endTime 09:30 must be after/);
    expect(() => localDateOf(new Date(NaN), SH)).toThrow(RangeError);
  });

  it("rejects a session that a DST gap would make end before it starts", () => {
    const input = { startDate: "2027-03-13", timeZone: "America/New_York", count: 2, startTime: "02:30", endTime: "03:00" };
    expect(() => generateWeekendSessions(input)).toThrow(/Session 2 on 2027-03-14 ends before it starts/);
  });

  it("property: 10 weekend sessions in 5 distinct ISO weeks, ascending, for any start in 2025–2030", () => {
    const day = fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true });
    const zone = fc.constantFrom(SH, "America/New_York", "Europe/London", "Pacific/Auckland", "UTC");
    fc.assert(
      fc.property(day, zone, (date, timeZone) => {
        const startDate = date.toISOString().slice(0, 10);
        const sessions = generateWeekendSessions({ startDate, timeZone });
        expect(sessions).toHaveLength(10);
        const days = sessions.map((s) => localDateOf(s.startsAt, timeZone));
        expect(days[0]).toBe(firstWeekendOnOrAfter(startDate, timeZone));
        expect(Date.parse(days[0]!) - Date.parse(startDate)).toBeGreaterThanOrEqual(0);
        expect(Date.parse(days[0]!) - Date.parse(startDate)).toBeLessThanOrEqual(6 * 86_400_000);
        for (const s of sessions) {
          expect([0, 6]).toContain(localParts(s.startsAt, timeZone).weekday);
          expect(localParts(s.startsAt, timeZone).hhmm).toBe("09:30");
          expect(localDateOf(s.endsAt, timeZone)).toBe(localDateOf(s.startsAt, timeZone));
        }
        expect(new Set(days.map(isoWeekOf)).size).toBe(5);
        sessions.slice(1).forEach((s, i) => expect(s.startsAt.getTime()).toBeGreaterThan(sessions[i]!.endsAt.getTime()));
      }),
      { numRuns: 300 },
    );
  });
});
