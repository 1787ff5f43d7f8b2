import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../env";

const purpose = "lesson-body";

/**
 * Proof that this server itself asked for a lesson body, after checking the viewer's access: an
 * HMAC of the lesson, language and content version under AUTH_SECRET. The cached lesson renderer
 * is a "use cache" function, which Next.js registers as a server reference that anyone can POST to
 * with any arguments; it renders nothing without this proof (see components/lessons/render-lesson-cached.ts).
 */
export function lessonBodyProof(courseSlug: string, lessonSlug: string, locale: string, version: string): string {
  return createHmac("sha256", authSecret()).update([purpose, courseSlug, lessonSlug, locale, version].join("\n")).digest("base64url");
}

/** Whether `proof` is this server's proof for that lesson body (constant-time; false for anything that is not a string). */
export function isLessonBodyProof(proof: unknown, courseSlug: string, lessonSlug: string, locale: string, version: string): boolean {
  if (typeof proof !== "string") return false;
  const expected = Buffer.from(lessonBodyProof(courseSlug, lessonSlug, locale, version));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
