/**
 * The rules of the timed qualification test, in one place so the school can change them.
 *
 * - Opening: a learner of the course (ACTIVE or COMPLETED enrollment) may start once their cohort's
 *   session number `qualificationOpensAtSession` has started — near the end of a 10-session course.
 *   A cohort with fewer sessions opens at its last session.
 * - Time limit: `deadline = startedAt + timeLimitMinutes` of the set, enforced with the server clock.
 *   Answers arriving up to `answerGraceMs` after the deadline are still accepted, to absorb network
 *   latency of an answer sent in the last second; later ones are refused.
 * - Retakes: after a failed attempt the learner may retake after `retakeCooldownMinutes`; after a
 *   pass there is nothing to retake.
 */
export const qualificationOpensAtSession = 8;
export const answerGraceMs = 5_000;
export const retakeCooldownMinutes = 60;

/** The session number that opens the test for a cohort with `sessionCount` sessions. */
export function openingSessionIndex(sessionCount: number): number {
  return Math.max(1, Math.min(qualificationOpensAtSession, sessionCount));
}

/** True while an answer sent at `now` still counts for an attempt ending at `deadline`. */
export function acceptsAnswerAt(deadline: Date, now: Date): boolean {
  return now.getTime() <= deadline.getTime() + answerGraceMs;
}

/** When a learner whose attempt was finished at `finishedAt` and failed may start again. */
export function retakeAllowedAt(finishedAt: Date): Date {
  return new Date(finishedAt.getTime() + retakeCooldownMinutes * 60_000);
}

/** 12 characters of RFC 4648 base32 (A–Z, 2–7) from 60 random bits: short to type, unguessable. */
export function certificateCodeFrom(bytes: Uint8Array): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < 12) {
      code += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (code.length < 12) throw new RangeError("certificateCodeFrom needs at least 8 bytes");
  return code;
}

export const certificateCodePattern = /^[A-Z2-7]{12}$/;
