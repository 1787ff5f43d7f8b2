import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/catalog";
import type { TRoster, TRosterRow } from "./read-roster";
import { csvBom, csvCell, toCsv } from "../csv/to-csv";
import { rosterCsv, rosterFileName } from "./roster-csv";

const zh = messagesFor("zh");

function row(overrides: Partial<TRosterRow> = {}): TRosterRow {
  return {
    enrollmentId: "e1",
    userId: "u1",
    name: "李明",
    email: "learner@demo.school",
    classId: "c1",
    classCode: "A",
    status: "ACTIVE",
    completedAt: null,
    lessonsCompleted: 3,
    attended: 2,
    ...overrides,
  };
}

const base = {
  cohort: {
    id: "k",
    number: 12,
    courseSlug: "ai-trainer",
    courseTitleZh: "课",
    courseTitleEn: "Course",
    campusZh: "北京",
    campusEn: "Beijing",
    startDate: "2026-11-14",
  },
  classes: [{ id: "c1", code: "A", capacity: 25, size: 11, instructorName: "王老师" }],
  classId: null,
  query: "",
  lessonsTotal: 17,
  sessionsHeld: 4,
};

describe("csvCell", () => {
  it("leaves plain text and Chinese alone", () => {
    expect(csvCell("李明")).toBe("李明");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell("line1\r\nline2")).toBe('"line1\r\nline2"');
  });
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("starts with the BOM and ends every record with CRLF", () => {
    const text = toCsv([
      ["姓名", "邮箱"],
      ["张悦", "x@y.z"],
    ]);
    expect(text.startsWith(csvBom)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe("姓名,邮箱\r\n张悦,x@y.z\r\n");
  });
  it("keeps a multi-line cell inside one record", () => {
    expect(toCsv([["a\nb", "c"]]).slice(1)).toBe('"a\nb",c\r\n');
  });
});

describe("rosterCsv", () => {
  it("writes payment columns for staff, with amounts in yuan and labels in Chinese", () => {
    const roster: TRoster = {
      ...base,
      withPayments: true,
      rows: [
        { ...row(), payment: { orderId: "o1", status: "PAID", amountFen: 2_199_905, refundedFen: 0, method: "alipay" } },
        { ...row({ name: "=cmd|' /C calc'!A0", email: "evil@x.y", enrollmentId: "e2", userId: "u2" }), payment: null },
      ],
    };
    const lines = rosterCsv(roster, zh).slice(1).split("\r\n");
    expect(lines[0]).toBe("姓名,邮箱,班级,报名状态,课程进度,出勤,付款状态,金额（元）,支付方式");
    expect(lines[1]).toBe("李明,learner@demo.school,A,在读,3/17,2/4,已付款,21999.05,支付宝");
    expect(lines[2]).toBe("'=cmd|' /C calc'!A0,evil@x.y,A,在读,3/17,2/4,无订单,,");
    expect(lines[3]).toBe("");
  });
  it("has no payment column for an instructor's roster", () => {
    const roster: TRoster = { ...base, withPayments: false, rows: [row()] };
    const text = rosterCsv(roster, zh);
    expect(text.slice(1)).toBe("姓名,邮箱,班级,报名状态,课程进度,出勤\r\n李明,learner@demo.school,A,在读,3/17,2/4\r\n");
    expect(text).not.toContain("付款");
  });
  it("names the file after the cohort and class", () => {
    expect(rosterFileName({ ...base, withPayments: false, rows: [] }, zh)).toBe("第12期-花名册.csv");
    expect(rosterFileName({ ...base, classId: "c1", withPayments: false, rows: [] }, messagesFor("en"))).toMatch(/^.*-Class A-roster\.csv$/);
  });
});
