import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { isSessionCookieName } from "../http/page-route";

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
  const session = [...cookies].filter((cookie) => isSessionCookieName(cookie.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
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

type TGrantClaims = { courseSlug: string; lessons: ReadonlySet<string>; expiresAt: number };

/** The claims of a grant whose signature is this server's for that session, or null (expiry not checked here). */
function verifiedClaims(grant: string | undefined, secret: string, session: string): TGrantClaims | null {
  if (!grant || grant.length > 4096) return null;
  const dot = grant.indexOf(".");
  if (dot < 1) return null;
  const payload = grant.slice(0, dot);
  const given = Buffer.from(grant.slice(dot + 1));
  const expected = Buffer.from(mac(secret, session, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { c?: unknown; l?: unknown; e?: unknown };
    if (typeof claims.c !== "string" || typeof claims.e !== "number" || !Array.isArray(claims.l)) return null;
    return { courseSlug: claims.c, lessons: new Set(claims.l.filter((slug): slug is string => typeof slug === "string")), expiresAt: claims.e };
  } catch {
    return null;
  }
}

function allows(claims: TGrantClaims | null, courseSlug: string, lessonSlug: string, now: Date): boolean {
  if (!claims || !slugPattern.test(courseSlug) || !slugPattern.test(lessonSlug)) return false;
  return claims.courseSlug === courseSlug && claims.expiresAt > now.getTime() / 1000 && claims.lessons.has(lessonSlug);
}

/** Whether `grant` (a cookie value, or undefined) is this server's, for this session, unexpired, and names that lesson of that course. */
export function grantAllowsLesson(
  grant: string | undefined,
  input: { secret: string; session: string; courseSlug: string; lessonSlug: string; now: Date },
): boolean {
  return allows(verifiedClaims(grant, input.secret, input.session), input.courseSlug, input.lessonSlug, input.now);
}

// Grants already verified, by secret, session cookies and grant: a reader's next requests skip the
// hashing (proxy.ts asks on every lesson request). Only valid signatures are kept; expiry is still
// checked on every use. Bounded: emptied when full.
const verified = new Map<string, TGrantClaims | null>();
const verifiedLimit = 10_000;

/**
 * grantAllowsLesson for a request's cookies, remembering each verified grant: the same decision,
 * computed once per reader and grant instead of once per request.
 */
export function requestGrantAllowsLesson(
  cookies: readonly { name: string; value: string }[],
  input: { secret: string; courseSlug: string; lessonSlug: string; now: Date },
): boolean {
  const grant = cookies.find((cookie) => cookie.name === lessonGrantCookieName)?.value;
  if (!grant) return false;
  const sessionCookies = cookies.filter((cookie) => isSessionCookieName(cookie.name));
  if (sessionCookies.length === 0) return false;
  const key = [input.secret, grant, ...sessionCookies.map((cookie) => `${cookie.name}=${cookie.value}`)].join("\n");
  let claims = verified.get(key);
  if (claims === undefined) {
    claims = verifiedClaims(grant, input.secret, sessionDigestOfCookies(sessionCookies)!);
    if (verified.size >= verifiedLimit) verified.clear();
    if (claims) verified.set(key, claims);
  }
  return allows(claims, input.courseSlug, input.lessonSlug, input.now);
}
