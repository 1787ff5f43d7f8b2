import { describe, expect, it } from "vitest";
import { parseId, ZId } from "./ids";

describe("ZId / parseId", () => {
  it("accepts the database's cuid ids", () => {
    expect(parseId("cmxb3ttov000cil7dv4jylnhn")).toBe("cmxb3ttov000cil7dv4jylnhn");
    expect(ZId.safeParse("cmxb3tv2500eiil7d83j461qd").success).toBe(true);
  });
  it.each([
    "",
    "\u0000",
    "cmxb3ttov000cil7dv4jylnh\u0000",
    "a".repeat(300),
    "课程",
    "%",
    "../etc",
    "CMXB3TTOV000CIL7DV4JYLNHN",
    "cmxb3",
    undefined,
    null,
    42,
    ["cmxb3ttov000cil7dv4jylnhn"],
  ])("refuses %j before any query", (value) => {
    expect(parseId(value)).toBeNull();
  });
});
