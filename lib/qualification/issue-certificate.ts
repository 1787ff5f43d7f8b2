import "server-only";
import { randomBytes } from "node:crypto";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { certificateCodeFrom } from "./qualification-rules";
import { readCourseCompletion } from "./read-course-completion";

export type TIssuedCertificate = { code: string; issuedAt: Date };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Issues the caller's completion certificate for a course when they have passed its
 * qualification test AND completed the course (see read-course-completion.ts). Idempotent: one
 * certificate per user and course (a unique index), so a second call — or two at once — returns
 * the one already issued. Returns null while either condition is missing. The code is 12 random
 * base32 characters (60 bits), so certificates cannot be found by guessing.
 */
export async function issueCertificate(actor: TSessionUser, input: { courseSlug: string }, now: Date = new Date()): Promise<TIssuedCertificate | null> {
  const db = await getDb();
  const select = { code: true, issuedAt: true } as const;
  const existing = await db.certificate.findUnique({ where: { userId_courseSlug: { userId: actor.id, courseSlug: input.courseSlug } }, select });
  if (existing) return existing;
  const passed = await db.qualificationAttempt.findFirst({
    where: { userId: actor.id, courseSlug: input.courseSlug, passed: true },
    orderBy: { submittedAt: "asc" },
    select: { id: true, cohortId: true },
  });
  if (!passed || !(await readCourseCompletion(actor.id, input.courseSlug))) return null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.certificate.create({
        data: {
          code: certificateCodeFrom(randomBytes(8)),
          userId: actor.id,
          courseSlug: input.courseSlug,
          cohortId: passed.cohortId,
          attemptId: passed.id,
          issuedAt: now,
        },
        select,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const issued = await db.certificate.findUnique({ where: { userId_courseSlug: { userId: actor.id, courseSlug: input.courseSlug } }, select });
      if (issued) return issued;
      if (attempt >= 3) throw error; // three code collisions in a row: something else is wrong
    }
  }
}
