import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The grant cookie's name; one per course, scoped to that course's lesson URLs (see lessonGrantCookiePath). */
export const lessonGrantCookieName = "lesson-grant";
/** How long a grant lets proxy.ts serve prerendered lessons without asking the database. */
export const lessonGrantSeconds = 5 * 60;

const purpose = "lesson-grant";
const slugPattern = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/** The path a course's grant cookie is sent on: that course's lessons, nothing else. */
export function lessonGrantCookiePath(courseSlug: string): string {
  return `/courses/${courseSlug}/lessons`;
}

/** The session the grant belongs to: a digest of the Auth.js session cookie(s), so a grant without its session is worthless. */
export function sessionDigest(sessionCookieValues: readonly string[]): string {
  return createHash("sha256").update(sessionCookieValues.join("\n")).digest("base64url");
}

/** sessionDigest of a request's Auth.js session cookies (chunked ones in order), or null when it has none. */
export function sessionDigestOfCookies(cookies: Iterable<{ name: string; value: string }>): string | null {
  const session = [...cookies]
    .filter((cookie) => cookie.name.startsWith("authjs.session-token") || cookie.name.startsWith("__Secure-authjs.session-token"))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return session.length ? sessionDigest(session.map((cookie) => `${cookie.name}=${cookie.value}`)) : null;
}

function mac(secret: string, session: string, payload: string): string {
  return createHmac("sha256", secret).update([purpose, session, payload].join("\n")).digest("base64url");
}

/**
 * A grant: which lessons of one course this session may read right now, until `now + seconds`.
 * Signed with AUTH_SECRET (HMAC) and bound to the session cookie. Issued by GET /api/lessons/state
 * after it has checked the session, the enrollment and the drip dates in the database; read by
 * proxy.ts, which then serves the lesson's prerendered page without touching the database.
 * A lesson that unlocks later is not in it (that request takes the checked path and gets a new
 * grant); a lesson that stops being readable (refund, move, revoked session) stops being served
 * from a grant within `lessonGrantSeconds`, and at once for a page with JavaScript (the state call
 * answers not readable and the page reloads through the checked path).
 */
export function issueLessonGrant(input: {
  secret: string;
  session: string;
  courseSlug: string;
  lessonSlugs: readonly string[];
  now: Date;
  seconds?: number;
}): string {
  const expires = Math.floor(input.now.getTime() / 1000) + (input.seconds ?? lessonGrantSeconds);
  const payload = Buffer.from(JSON.stringify({ c: input.courseSlug, l: [...input.lessonSlugs].sort(), e: expires })).toString("base64url");
  return `${payload}.${mac(input.secret, input.session, payload)}`;
}

/** Whether `grant` (a cookie value, or undefined) is this server's, for this session, unexpired, and names that lesson of that course. */
export function grantAllowsLesson(
  grant: string | undefined,
  input: { secret: string; session: string; courseSlug: string; lessonSlug: string; now: Date },
): boolean {
  if (!grant || grant.length > 4096 || !slugPattern.test(input.courseSlug) || !slugPattern.test(input.lessonSlug)) return false;
  const dot = grant.indexOf(".");
  if (dot < 1) return false;
  const payload = grant.slice(0, dot);
  const given = Buffer.from(grant.slice(dot + 1));
  const expected = Buffer.from(mac(input.secret, input.session, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { c?: unknown; l?: unknown; e?: unknown };
    return (
      claims.c === input.courseSlug &&
      typeof claims.e === "number" &&
      claims.e > input.now.getTime() / 1000 &&
      Array.isArray(claims.l) &&
      claims.l.includes(input.lessonSlug)
    );
  } catch {
    return false;
  }
}
