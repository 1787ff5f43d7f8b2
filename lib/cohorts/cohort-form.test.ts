import { describe, expect, it } from "vitest";
import { parseYuanToFen } from "../validation/parse-yuan";
import { parseClasses, parseShanghaiDateTime, toShanghaiInput, ZCohortForm } from "./cohort-form";

const valid = {
  campusId: "c1",
  startDate: "2027-03-06",
  classes: "A=25, B=25",
  listPrice: "27,999",
  groupPrice: "25999",
  groupSize: "3",
  groupBuyStartsAt: "2027-01-10T10:00",
  groupBuyEndsAt: "2027-01-14T10:00",
  enrollmentDeadline: "",
  fullRefundDays: "7",
  adminFee: "500",
  lastRefundSession: "5",
  status: "OPEN",
};

describe("cohort form", () => {
  it("reads yuan as fen", () => {
    expect(parseYuanToFen("23999")).toBe(2_399_900);
    expect(parseYuanToFen("¥23,999.5")).toBe(2_399_950);
    expect(parseYuanToFen("23,999.05")).toBe(2_399_905);
    expect(parseYuanToFen("12.345")).toBeNull();
    expect(parseYuanToFen("-5")).toBeNull();
    expect(parseYuanToFen("abc")).toBeNull();
  });

  it("reads datetime-local inputs as Shanghai time and writes them back", () => {
    const date = parseShanghaiDateTime("2026-12-01T20:00")!;
    expect(date.toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(toShanghaiInput(date)).toBe("2026-12-01T20:00");
    expect(parseShanghaiDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseShanghaiDateTime("tomorrow")).toBeNull();
  });

  it("reads classes and their sizes", () => {
    expect(parseClasses("A=25, B=25")).toEqual([
      { code: "A", capacity: 25 },
      { code: "B", capacity: 25 },
    ]);
    expect(parseClasses("a:20 b：30 c=10")).toEqual([
      { code: "A", capacity: 20 },
      { code: "B", capacity: 30 },
      { code: "C", capacity: 10 },
    ]);
    expect(parseClasses("A=25, A=25")).toBeNull();
    expect(parseClasses("A=0")).toBeNull();
    expect(parseClasses("")).toBeNull();
  });

  it("accepts a valid form and refuses a group-buy window over four days or a group price not below the list price", () => {
    const ok = ZCohortForm.safeParse(valid);
    expect(ok.success && ok.data.listPrice).toBe(2_799_900);
    const long = ZCohortForm.safeParse({ ...valid, groupBuyEndsAt: "2027-01-14T10:01" });
    expect(long.success ? [] : long.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["groupBuyEndsAt", "groupWindowTooLong"]]);
    const dear = ZCohortForm.safeParse({ ...valid, groupPrice: "27999" });
    expect(dear.success ? [] : dear.error.issues.map((issue) => issue.path[0])).toEqual(["groupPrice"]);
  });
});
