import "server-only";
import type { TPrismaClient } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { TAttemptedSubmission, TExportSubmission } from "./export-row";

export type TPageSubmissionsOptions = {
  cohortId: string;
  learnerIds: readonly string[];
  /** Every learner who answered in the cohort (staff): skips the filter by learnerIds. */
  allLearners?: boolean;
  withIdentities: boolean;
  /** Only submissions an instructor accepted (SFT). */
  acceptedOnly?: boolean;
  /** Only these sets (e.g. the sets that have preference tasks). */
  setIds?: readonly string[];
  /** Rows per query (and per yielded page). */
  pageSize: number;
};

/** Default rows per query: large pages amortise each round trip; memory stays a few MB either way (see npm run bench:export). */
export const defaultExportPageSize = 5_000;

type TRow = Omit<TExportSubmission, "identity" | "verdict"> & { verdict: string | null; name: string | null; email: string | null };
type TKey = { userId: string; courseSlug: string; setId: string; itemId: string; submittedAt: string; id: string };

function pageQuery(options: TPageSubmissionsOptions, after: TKey | null): Prisma.Sql {
  const identity = options.withIdentities ? Prisma.sql`, u."name", u."email"` : Prisma.sql`, NULL AS "name", NULL AS "email"`;
  const joinUser = options.withIdentities ? Prisma.sql`JOIN "User" u ON u."id" = s."userId"` : Prisma.empty;
  const learners = options.allLearners ? Prisma.empty : Prisma.sql`AND s."userId" = ANY(${[...options.learnerIds]}::text[])`;
  const sets = options.setIds ? Prisma.sql`AND s."setId" = ANY(${[...options.setIds]}::text[])` : Prisma.empty;
  const accepted = options.acceptedOnly ? Prisma.sql`AND r."verdict" = 'ACCEPTED'` : Prisma.empty;
  const keyset = after
    ? // The first comparison matches the index's columns exactly, so it bounds the index scan; the second is the exact cursor.
      Prisma.sql`AND (s."userId", s."courseSlug", s."setId", s."itemId", s."createdAt") >= (${after.userId}, ${after.courseSlug}, ${after.setId}, ${after.itemId}, CAST(${after.submittedAt} AS timestamp(3)))
        AND (s."userId", s."courseSlug", s."setId", s."itemId", s."createdAt", s."id") > (${after.userId}, ${after.courseSlug}, ${after.setId}, ${after.itemId}, CAST(${after.submittedAt} AS timestamp(3)), ${after.id})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT s."id", s."userId", s."courseSlug", s."setId", s."itemId", s."guidelineVersion", s."answers"::text AS "answersJson", s."score",
           to_char(s."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt", r."verdict"::text AS "verdict" ${identity}
    FROM "ExerciseSubmission" s
    LEFT JOIN "SubmissionReview" r ON r."submissionId" = s."id"
    ${joinUser}
    WHERE s."cohortId" = ${options.cohortId} ${learners} ${sets} ${accepted} ${keyset}
    ORDER BY s."userId", s."courseSlug", s."setId", s."itemId", s."createdAt", s."id"
    LIMIT ${options.pageSize}`;
}

/**
 * A cohort's submissions by the given learners, in pages, each with its attempt number and whether
 * it is the latest (the one that counts), never holding more than a page. Rows come ordered by
 * learner, course, set, item, time, id — the order of the (userId, courseSlug, setId, itemId,
 * createdAt) index — and are read with keyset pagination (`WHERE (…) > last row's (…) LIMIT n`), so
 * every page costs the same however deep the export is. That order is also what lets attempts be
 * numbered and the latest be known in one pass (one row is held back until the next shows whether
 * the item changed). One SQL statement per page (PostgreSQL and PGlite alike); the next page is
 * requested before the current one is handed out, so at most two pages are in memory. Read-only.
 */
export async function* pageSubmissions(db: TPrismaClient, options: TPageSubmissionsOptions): AsyncGenerator<TAttemptedSubmission[]> {
  if (!options.allLearners && options.learnerIds.length === 0) return;
  let held: TAttemptedSubmission | null = null;
  let previousKey = "";
  let attempt = 0;
  const query = (after: TKey | null) => {
    const promise = db.$queryRaw<TRow[]>(pageQuery(options, after));
    promise.catch(() => undefined); // a read-ahead left behind by a cancelled download must not be an unhandled rejection
    return promise;
  };
  let pending = query(null);
  for (;;) {
    const rows: TRow[] = await pending;
    const last: TRow | undefined = rows[rows.length - 1];
    const more = rows.length === options.pageSize && last !== undefined;
    // Ask for the next page before turning this one into lines, so the database works while we do.
    if (more) pending = query({ userId: last.userId, courseSlug: last.courseSlug, setId: last.setId, itemId: last.itemId, submittedAt: last.submittedAt, id: last.id });
    const page: TAttemptedSubmission[] = [];
    for (const row of rows) {
      const key = `${row.userId}\u0000${row.courseSlug}\u0000${row.setId}\u0000${row.itemId}`;
      const sameItem = key === previousKey;
      attempt = sameItem ? attempt + 1 : 1;
      if (held) {
        held.latest = !sameItem;
        page.push(held);
      }
      held = {
        id: row.id,
        userId: row.userId,
        courseSlug: row.courseSlug,
        setId: row.setId,
        itemId: row.itemId,
        guidelineVersion: row.guidelineVersion,
        answersJson: row.answersJson,
        score: Number(row.score),
        submittedAt: row.submittedAt,
        verdict: row.verdict === "ACCEPTED" || row.verdict === "REVISE" ? row.verdict : null,
        identity: row.name !== null && row.email !== null ? { name: row.name, email: row.email } : null,
        attempt,
        latest: false,
      };
      previousKey = key;
    }
    if (!more) {
      if (held) {
        held.latest = true;
        page.push(held);
      }
      if (page.length > 0) yield page;
      return;
    }
    if (page.length > 0) yield page;
  }
}
