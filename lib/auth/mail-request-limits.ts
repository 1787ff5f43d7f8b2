import "server-only";
import type { TPrismaClient } from "../db";
import { AppError } from "../errors";
import { releaseAttempt, reserveAttempt } from "./attempt-counter";
import { mailRequestRules, minutesUntil } from "./sign-in-throttle-policy";

/**
 * Counts one request that sends a mail (sign-up, magic link, password reset) per address and per
 * client, before anything is sent. Throws AppError tooManyRequests (with minutes) once either limit
 * is reached; the same for registered and unknown addresses, so it reveals nothing about them.
 */
export async function reserveMailRequest(db: TPrismaClient, email: string, client: string, now: Date = new Date()): Promise<void> {
  const byClient = await reserveAttempt(db, `mail:client:${client}`, mailRequestRules.client, now);
  if (!byClient.allowed) throw new AppError("tooManyRequests", { minutes: minutesUntil(byClient.lockedUntil, now) });
  const byEmail = await reserveAttempt(db, `mail:email:${email}`, mailRequestRules.email, now);
  if (!byEmail.allowed) {
    await releaseAttempt(db, `mail:client:${client}`, mailRequestRules.client);
    throw new AppError("tooManyRequests", { minutes: minutesUntil(byEmail.lockedUntil, now) });
  }
}
