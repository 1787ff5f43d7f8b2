import ICAL from "ical.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from "./build-ics";

const now = new Date("2026-11-28T07:15:50Z");
const octets = (s: string) => new TextEncoder().encode(s).length;
const physicalLines = (ics: string) => ics.slice(0, -2).split("\r\n");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

const events: IcsEvent[] = [
  {
    uid: "session-1@ai-trainer.example",
    startsAt: new Date("2026-12-05T01:30:00Z"),
    endsAt: new Date("2026-12-05T08:30:00Z"),
    summary: "第 1 讲：AI 训练师的工作与标注规范",
    url: "https://ai-trainer.example/learn/cohort-1/session-1?lang=zh&x=1,2",
  },
  {
    uid: "session-2@ai-trainer.example",
    startsAt: new Date("2026-12-06T01:30:00Z"),
    endsAt: new Date("2026-12-06T08:30:00Z"),
    summary: "正确性、全面性评分; 信源筛选, 幻觉识别 \\ 第二讲",
    description: "第一行\n第二行：请提前 10 分钟进入腾讯会议，并准备好笔记本电脑。".repeat(4),
    location: "腾讯会议 123-456-789; 备用: Zoom, 会议室 B",
    sequence: 3,
  },
];

/** Parses with ical.js, registering the document's VTIMEZONEs so TZID times resolve to instants. */
function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

describe("buildIcs", () => {
  let ics: string;
  beforeAll(() => {
    ICAL.TimezoneService.reset();
    ics = buildIcs({ calendarName: "AI 训练师就业班 · 第 1 期", timeZone: "Asia/Shanghai", events, now });
  });

  it("writes the calendar header and the Shanghai VTIMEZONE", () => {
    const lines = physicalLines(ics);
    expect(lines.slice(0, 7)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//AI Trainer Academy//Cohort schedule//ZH",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:AI 训练师就业班 · 第 1 期",
      "X-WR-TIMEZONE:Asia/Shanghai",
    ]);
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    const calendar = parseCalendar(ics);
    const vtimezone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(vtimezone.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    const standard = vtimezone.getFirstSubcomponent("standard")!;
    expect(standard.getFirstPropertyValue("tzname")).toBe("CST");
    expect(String(standard.getFirstPropertyValue("tzoffsetto"))).toBe("+08:00");
  });

  it("uses CRLF for every line, the last included", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("round-trips every event's instants, text, url and sequence through ical.js", () => {
    const vevents = parseCalendar(ics).getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(events.length);
    vevents.forEach((vevent, i) => {
      const input = events[i]!;
      const event = new ICAL.Event(vevent);
      expect(event.startDate.zone?.tzid).toBe("Asia/Shanghai");
      expect(event.startDate.toJSDate()).toEqual(input.startsAt);
      expect(event.endDate.toJSDate()).toEqual(input.endsAt);
      expect(event.uid).toBe(input.uid);
      expect(event.summary).toBe(input.summary);
      expect(event.description ?? undefined).toBe(input.description);
      expect(event.location ?? undefined).toBe(input.location);
      expect(vevent.getFirstPropertyValue("url") ?? undefined).toBe(input.url);
      expect(event.sequence).toBe(input.sequence ?? 0);
      expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2026-11-28T07:15:50Z");
    });
  });

  it("writes local Shanghai wall-clock times with TZID and a UTC DTSTAMP", () => {
    const text = unfold(ics);
    expect(text).toContain("\r\nDTSTART;TZID=Asia/Shanghai:20261205T093000\r\n");
    expect(text).toContain("\r\nDTEND;TZID=Asia/Shanghai:20261205T163000\r\n");
    expect(text).toContain("\r\nDTSTAMP:20261128T071550Z\r\n");
    expect(text).toContain("\r\nSUMMARY:正确性、全面性评分\\; 信源筛选\\, 幻觉识别 \\\\ 第二讲\r\n");
    expect(text).toContain("\r\nSEQUENCE:0\r\n");
  });

  it("folds long Chinese lines to at most 75 octets and unfolds back exactly", () => {
    const lines = physicalLines(ics);
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(4);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const description = unfold(ics)
      .split("\r\n")
      .find((line) => line.startsWith("DESCRIPTION:"));
    expect(description).toBe(`DESCRIPTION:${escapeIcsText(events[1]!.description!)}`);
  });

  it("rejects other time zones and invalid events with a RangeError", () => {
    const build =
      (timeZone: string, list: IcsEvent[] = events) =>
      () =>
        buildIcs({ calendarName: "x", timeZone, events: list, now });
    expect(build("America/New_York")).toThrow(/only Asia\/Shanghai/);
    expect(build("UTC")).toThrow(RangeError);
    const first = events[0]!;
    for (const bad of [
      { ...first, startsAt: new Date(NaN) },
      { ...first, endsAt: first.startsAt },
      { ...first, uid: " " },
      { ...first, sequence: -1 },
      { ...first, url: "https://x.example/a\r\nBEGIN:VEVENT" },
    ]) {
      expect(build("Asia/Shanghai", [bad])).toThrow(RangeError);
    }
  });
});

describe("foldIcsLine / escapeIcsText", () => {
  it("never splits a multi-byte character or a surrogate pair", () => {
    const line = `DESCRIPTION:${"a".repeat(61)}训练😀${"é".repeat(50)}`;
    const folded = foldIcsLine(line).split("\r\n");
    expect(octets(folded[0]!)).toBe(73); // 12 + 61 octets; "训" (3 more) would make 76, so it starts line 2
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
  });

  it("leaves short lines alone and folds a 76-octet ASCII line once", () => {
    expect(foldIcsLine("SUMMARY:hi")).toBe("SUMMARY:hi");
    expect(foldIcsLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("escapes TEXT special characters and normalises line breaks", () => {
    expect(escapeIcsText("a\\b;c,d\r\ne\rf\ng\u0007")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("property: any text round-trips through ical.js with every line ≤ 75 octets", () => {
    const unit = fc.constantFrom("a", "Z", " ", ",", ";", "\\", ":", "\n", "训", "练", "，", "é", "😀", "\t", '"');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.string({ unit, maxLength: 400 }), (summary, description) => {
        const event = { ...events[0]!, summary, description };
        const text = buildIcs({ calendarName: summary, timeZone: "Asia/Shanghai", events: [event], now });
        for (const line of physicalLines(text)) expect(octets(line)).toBeLessThanOrEqual(75);
        const parsed = new ICAL.Event(parseCalendar(text).getFirstSubcomponent("vevent")!);
        expect(parsed.summary).toBe(summary);
        expect(parsed.description).toBe(description);
      }),
      { numRuns: 200 },
    );
  });
});
