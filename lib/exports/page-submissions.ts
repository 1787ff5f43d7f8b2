import "server-only";
import type { TReadRows } from "../db";
import type { TAttemptedSubmission } from "./export-row";

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

/** Default rows per query: 1,000 rows (about 650 KB) amortise each round trip; larger pages were no faster and held more memory (npm run bench:export -- --page-size N). */
export const defaultExportPageSize = 1_000;

/** The selected columns, in this order (rows come as arrays). */
const columns = [
  "id",
  "userId",
  "courseSlug",
  "setId",
  "itemId",
  "guidelineVersion",
  "answersJson",
  "score",
  "submittedAt",
  "verdict",
  "reviewedAt",
  "name",
  "email",
] as const;
const at = Object.fromEntries(columns.map((name, index) => [name, index])) as Record<(typeof columns)[number], number>;
type TKey = { userId: string; courseSlug: string; setId: string; itemId: string; submittedAt: string; id: string };

/** One page's SQL and its values ($1…): keyset pagination after `after`, in the index's order. */
function pageQuery(options: TPageSubmissionsOptions, after: TKey | null): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const identity = options.withIdentities ? `u."name", u."email"` : `NULL AS "name", NULL AS "email"`;
  const joinUser = options.withIdentities ? `JOIN "User" u ON u."id" = s."userId"` : "";
  // Practice answers only: a qualification test's answers are an assessment, not labels (as in the class analytics).
  const where = [`s."cohortId" = ${param(options.cohortId)}`, `s."attemptId" IS NULL`];
  if (!options.allLearners) where.push(`s."userId" = ANY(${param([...options.learnerIds])}::text[])`);
  if (options.setIds) where.push(`s."setId" = ANY(${param([...options.setIds])}::text[])`);
  if (options.acceptedOnly) where.push(`r."verdict" = 'ACCEPTED'`);
  if (after) {
    // The exact row comparison against the index's own columns: it bounds the index scan, and rows come in index order (no sort).
    const key = [
      param(after.userId),
      param(after.courseSlug),
      param(after.setId),
      param(after.itemId),
      `CAST(${param(after.submittedAt)} AS timestamp(3))`,
      param(after.id),
    ].join(", ");
    where.push(`(s."userId", s."courseSlug", s."setId", s."itemId", s."createdAt", s."id") > (${key})`);
  }
  const sql = `
    SELECT s."id", s."userId", s."courseSlug", s."setId", s."itemId", s."guidelineVersion", s."answers"::text, s."score",
           to_char(s."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), r."verdict"::text, to_char(r."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ${identity}
    FROM "ExerciseSubmission" s
    LEFT JOIN "SubmissionReview" r ON r."submissionId" = s."id"
    ${joinUser}
    WHERE ${where.join(" AND ")}
    ORDER BY s."userId", s."courseSlug", s."setId", s."itemId", s."createdAt", s."id"
    LIMIT ${param(options.pageSize)}`;
  return { sql, values };
}

const text = (value: unknown): string => (typeof value === "string" ? value : String(value));

/**
 * A cohort's submissions by the given learners, in pages, each with its attempt number and whether
 * it is the latest (the one that counts), never holding more than a page. Rows come ordered by
 * learner, course, set, item, time, id — the order of the (userId, courseSlug, setId, itemId,
 * createdAt, id) index — and are read with keyset pagination (`WHERE (…) > last row's (…) LIMIT n`), so
 * every page costs the same however deep the export is. That order is also what lets attempts be
 * numbered and the latest be known in one pass (one row is held back until the next shows whether
 * the item changed). One SQL statement per page (PostgreSQL and PGlite alike), read as arrays
 * straight from the driver (`TReadRows`: Prisma's result mapping was half the export's time); the
 * next page is requested before the current one is handed out, so at most two pages are in memory.
 * Read-only.
 */
export async function* pageSubmissions(readRows: TReadRows, options: TPageSubmissionsOptions): AsyncGenerator<TAttemptedSubmission[]> {
  if (!options.allLearners && options.learnerIds.length === 0) return;
  let held: TAttemptedSubmission | null = null;
  let previousKey = "";
  let attempt = 0;
  const query = (after: TKey | null) => {
    const { sql, values } = pageQuery(options, after);
    const promise = readRows(sql, values);
    promise.catch(() => undefined); // a read-ahead left behind by a cancelled download must not be an unhandled rejection
    return promise;
  };
  let pending = query(null);
  for (;;) {
    const rows = await pending;
    const last = rows[rows.length - 1];
    const more = rows.length === options.pageSize && last !== undefined;
    // Ask for the next page before turning this one into lines, so the database works while we do.
    if (more) {
      pending = query({
        userId: text(last[at.userId]),
        courseSlug: text(last[at.courseSlug]),
        setId: text(last[at.setId]),
        itemId: text(last[at.itemId]),
        submittedAt: text(last[at.submittedAt]),
        id: text(last[at.id]),
      });
    }
    const page: TAttemptedSubmission[] = [];
    for (const row of rows) {
      const userId = text(row[at.userId]);
      const courseSlug = text(row[at.courseSlug]);
      const setId = text(row[at.setId]);
      const itemId = text(row[at.itemId]);
      const key = `${userId}\u0000${courseSlug}\u0000${setId}\u0000${itemId}`;
      const sameItem = key === previousKey;
      attempt = sameItem ? attempt + 1 : 1;
      if (held) {
        held.latest = !sameItem;
        page.push(held);
      }
      const verdict = row[at.verdict];
      const reviewedAt = row[at.reviewedAt];
      const name = row[at.name];
      const email = row[at.email];
      held = {
        id: text(row[at.id]),
        userId,
        courseSlug,
        setId,
        itemId,
        guidelineVersion: text(row[at.guidelineVersion]),
        answersJson: text(row[at.answersJson]),
        score: Number(row[at.score]),
        submittedAt: text(row[at.submittedAt]),
        verdict: verdict === "ACCEPTED" || verdict === "REVISE" ? verdict : null,
        reviewedAt: typeof reviewedAt === "string" ? reviewedAt : null,
        identity: typeof name === "string" && typeof email === "string" ? { name, email } : null,
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
