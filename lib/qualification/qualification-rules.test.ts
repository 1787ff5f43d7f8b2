import { describe, expect, it } from "vitest";
import { acceptsAnswerAt, certificateCodeFrom, certificateCodePattern, openingSessionIndex, retakeAllowedAt } from "./qualification-rules";
import { formatBeijingMinute } from "./format-beijing-minute";

describe("qualification rules", () => {
  it("opens at session 8, or the last session of a shorter cohort", () => {
    expect(openingSessionIndex(10)).toBe(8);
    expect(openingSessionIndex(6)).toBe(6);
    expect(openingSessionIndex(0)).toBe(1);
  });

  it("accepts answers up to 5 seconds after the deadline, not 6", () => {
    const deadline = new Date("2030-01-01T10:00:00Z");
    expect(acceptsAnswerAt(deadline, new Date("2030-01-01T09:59:59Z"))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date("2030-01-01T10:00:05Z"))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date("2030-01-01T10:00:06Z"))).toBe(false);
  });

  it("allows a retake one hour after a failed attempt", () => {
    expect(retakeAllowedAt(new Date("2030-01-01T10:00:00Z")).toISOString()).toBe("2030-01-01T11:00:00.000Z");
  });

  it("makes 12-character base32 codes from 8 random bytes", () => {
    expect(certificateCodeFrom(new Uint8Array(8))).toBe("AAAAAAAAAAAA");
    expect(certificateCodeFrom(new Uint8Array(8).fill(255))).toBe("777777777777");
    expect(certificateCodePattern.test(certificateCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])))).toBe(true);
    expect(() => certificateCodeFrom(new Uint8Array(7))).toThrow(RangeError);
  });

  it("formats times in Beijing time for error messages", () => {
    expect(formatBeijingMinute(new Date("2030-01-01T16:30:00Z"))).toBe("2030-01-02 00:30");
  });
});
