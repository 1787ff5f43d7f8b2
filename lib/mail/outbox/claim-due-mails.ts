import "server-only";
import type { TPrismaClient } from "../../db";
import type { TMailContent } from "../mail-kinds";

export type TClaimedMail = { id: string; kind: string; to: string; locale: string; subject: string; text: string; content: TMailContent; attempts: number };

/** How long a claimed mail belongs to the process that claimed it; SMTP times out well before. */
export const leaseMs = 2 * 60_000;

/**
 * Claims up to `limit` pending mails that are due (or the given ids, when due) for `owner`, in one
 * statement: rows another process is claiming are skipped (FOR UPDATE SKIP LOCKED) and a claimed
 * row's lease keeps every other process off it until the lease runs out (a crashed sender's mail
 * is then claimed again). Counts the attempt.
 */
export async function claimDueMails(db: TPrismaClient, options: { owner: string; now: Date; limit: number; ids?: string[] }): Promise<TClaimedMail[]> {
  const { owner, now, limit } = options;
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const ids = options.ids ?? null;
  const rows = await db.$queryRaw<TClaimedMail[]>`
    UPDATE "OutboxMail" SET "leaseOwner" = ${owner}, "leaseUntil" = ${leaseUntil}::timestamp(3), "attempts" = "attempts" + 1
    WHERE id IN (
      SELECT id FROM "OutboxMail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp(3)
        AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now}::timestamp(3))
        AND (${ids}::text[] IS NULL OR id = ANY(${ids}::text[]))
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "to", locale, subject, text, content, attempts`;
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}
