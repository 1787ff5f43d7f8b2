import { describe, expect, it } from "vitest";
import { grantAllowsLesson, issueLessonGrant, requestGrantAllowsLesson, sessionDigest, sessionDigestOfCookies } from "./lesson-grant";

const secret = "s".repeat(43);
const now = new Date("2026-12-06T10:00:00Z");
const session = sessionDigest(["session-cookie-value"]);
const grant = issueLessonGrant({ secret, session, courseSlug: "ai-trainer", lessonSlugs: ["01-intro", "02-rules"], now });
const asked = { secret, session, courseSlug: "ai-trainer", lessonSlug: "02-rules", now };

describe("lesson grants", () => {
  it("allow a lesson they name, for their session, before they expire", () => {
    expect(grantAllowsLesson(grant, asked)).toBe(true);
    expect(grantAllowsLesson(grant, { ...asked, now: new Date(now.getTime() + 299_000) })).toBe(true);
  });

  it("refuse a lesson they do not name, another course, another session, another secret, or after five minutes", () => {
    expect(grantAllowsLesson(grant, { ...asked, lessonSlug: "03-locked" })).toBe(false);
    expect(grantAllowsLesson(grant, { ...asked, courseSlug: "other-course" })).toBe(false);
    expect(grantAllowsLesson(grant, { ...asked, session: sessionDigest(["another-session"]) })).toBe(false);
    expect(grantAllowsLesson(grant, { ...asked, secret: "t".repeat(43) })).toBe(false);
    expect(grantAllowsLesson(grant, { ...asked, now: new Date(now.getTime() + 300_000) })).toBe(false);
  });

  it("refuse anything forged or broken", () => {
    const [payload, signature] = grant.split(".");
    const widened = Buffer.from(JSON.stringify({ c: "ai-trainer", l: ["01-intro", "02-rules", "03-locked"], e: 4_000_000_000 })).toString("base64url");
    expect(grantAllowsLesson(`${widened}.${signature}`, { ...asked, lessonSlug: "03-locked" })).toBe(false);
    expect(grantAllowsLesson(`${payload}.${signature}x`, asked)).toBe(false);
    expect(grantAllowsLesson(`${payload}`, asked)).toBe(false);
    expect(grantAllowsLesson("", asked)).toBe(false);
    expect(grantAllowsLesson(undefined, asked)).toBe(false);
    expect(grantAllowsLesson(`${"a".repeat(5000)}.${signature}`, asked)).toBe(false);
    expect(grantAllowsLesson(grant, { ...asked, lessonSlug: "../02-rules" })).toBe(false);
  });
});

describe("a request's grant (remembered once verified)", () => {
  const sessionCookie = { name: "authjs.session-token", value: "the-session" };
  const issued = issueLessonGrant({ secret, session: sessionDigestOfCookies([sessionCookie])!, courseSlug: "ai-trainer", lessonSlugs: ["02-rules"], now });
  const cookies = [sessionCookie, { name: "lesson-grant", value: issued }, { name: "locale", value: "en" }];
  const ask = (sent: { name: string; value: string }[], lessonSlug = "02-rules", at = now) =>
    requestGrantAllowsLesson(sent, { secret, courseSlug: "ai-trainer", lessonSlug, now: at });

  it("decides as grantAllowsLesson does, the first time and every time after", () => {
    for (let i = 0; i < 3; i++) {
      expect(ask(cookies)).toBe(true);
      expect(ask(cookies, "03-locked")).toBe(false);
      expect(ask(cookies, "02-rules", new Date(now.getTime() + 300_000))).toBe(false);
    }
  });

  it("never lets a remembered grant serve another session, or a request without one", () => {
    expect(ask(cookies)).toBe(true);
    expect(ask([{ name: "authjs.session-token", value: "another-session" }, cookies[1]!])).toBe(false);
    expect(ask([cookies[1]!])).toBe(false);
    expect(ask([sessionCookie])).toBe(false);
    expect(requestGrantAllowsLesson(cookies, { secret: "t".repeat(43), courseSlug: "ai-trainer", lessonSlug: "02-rules", now })).toBe(false);
  });
});
