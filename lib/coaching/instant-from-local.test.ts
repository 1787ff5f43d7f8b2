import { describe, expect, it } from "vitest";
import { instantFromLocal } from "./instant-from-local";

describe("instantFromLocal", () => {
  it.each([
    ["2026-12-01", "20:00", "2026-12-01T12:00:00.000Z"],
    ["2027-01-01", "00:30", "2026-12-31T16:30:00.000Z"],
  ])("%s %s in Shanghai is %s", (date, time, iso) => {
    expect(instantFromLocal(date, time)?.toISOString()).toBe(iso);
  });

  it.each([
    ["2026-02-30", "10:00"],
    ["2026-12-01", "24:00"],
    ["2026-12-01", "9:00"],
    ["01/12/2026", "10:00"],
    ["", ""],
  ])("rejects %s %s", (date, time) => {
    expect(instantFromLocal(date, time)).toBeNull();
  });
});
