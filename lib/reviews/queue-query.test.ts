import { describe, expect, it } from "vitest";
import { parseQueueFilters, queueQuery } from "./queue-query";

describe("queue filters in the URL", () => {
  it("reads class, set and status; unknown or unsafe values fall back to the defaults", () => {
    expect(parseQueueFilters({ class: "c1", set: "math-latex-solutions", status: "REVIEWED" })).toEqual({
      classId: "c1",
      setId: "math-latex-solutions",
      status: "REVIEWED",
    });
    expect(parseQueueFilters({ class: "", set: "../x", status: "DONE" })).toEqual({ classId: undefined, setId: undefined, status: "PENDING" });
    expect(parseQueueFilters({ class: ["a", "b"] }).classId).toBe("a");
  });
  it("writes back only what differs from the defaults, plus extras", () => {
    expect(queueQuery({ status: "PENDING" })).toBe("");
    expect(queueQuery({ classId: "c1", setId: "s", status: "ALL" }, { saved: "1" })).toBe("?class=c1&set=s&status=ALL&saved=1");
    expect(queueQuery(parseQueueFilters({ set: "s" }))).toBe("?set=s");
  });
});
