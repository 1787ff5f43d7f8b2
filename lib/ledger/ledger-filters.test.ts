import { describe, expect, it } from "vitest";
import { calendarDayBounds, ledgerQuery, parseLedgerFilters } from "./ledger-filters";

describe("calendarDayBounds", () => {
  it("maps Shanghai calendar days to UTC instants, the end day included", () => {
    expect(calendarDayBounds("2026-03-01", "2026-03-31")).toEqual({ gte: new Date("2026-02-28T16:00:00Z"), lt: new Date("2026-03-31T16:00:00Z") });
  });

  it("leaves an open side open", () => {
    expect(calendarDayBounds(undefined, "2026-12-31")).toEqual({ lt: new Date("2026-12-31T16:00:00Z") });
    expect(calendarDayBounds(undefined, undefined)).toEqual({});
  });

  it("crosses month and year ends", () => {
    expect(calendarDayBounds("2027-01-01", "2026-12-31")).toEqual({ gte: new Date("2026-12-31T16:00:00Z"), lt: new Date("2026-12-31T16:00:00Z") });
  });
});

describe("parseLedgerFilters", () => {
  it("keeps valid values and drops malformed ones", () => {
    expect(parseLedgerFilters({ learner: " 李 ", status: "PAID", method: "offline", from: "2026-02-30", to: "2026-03-01", page: "3", cohortId: "" })).toEqual({
      learner: "李",
      status: "PAID",
      method: "offline",
      from: undefined,
      to: "2026-03-01",
      page: 3,
      cohortId: undefined,
    });
    expect(parseLedgerFilters({ status: "STOLEN", method: "cash", page: "-1" })).toMatchObject({ status: undefined, method: undefined, page: 1 });
  });

  it("builds a query string that round-trips", () => {
    const query = ledgerQuery({ learner: "li", status: "REFUNDED", from: "2026-01-01" }, 2);
    expect(query).toBe("learner=li&status=REFUNDED&from=2026-01-01&page=2");
    expect(parseLedgerFilters(Object.fromEntries(new URLSearchParams(query)))).toMatchObject({
      learner: "li",
      status: "REFUNDED",
      from: "2026-01-01",
      page: 2,
    });
  });
});
