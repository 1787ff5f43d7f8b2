import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * A test-only read of what the e2e server has stored, without any endpoint: the server keeps its
 * embedded database in .data/e2e/pglite (scripts/e2e-server.sh) and only one process may open it,
 * so the folder is copied and the copy opened here (PostgreSQL recovers it like after a crash:
 * every committed write is there). Returns each table's row count and a digest of its rows.
 *
 * Not compared: SignInThrottle (counting refused sign-in and mail attempts is its purpose) and
 * AuthSession (its last use rolls forward while a session is used).
 */
const excluded = new Set(["SignInThrottle", "AuthSession", "_prisma_migrations"]);

/**
 * Tables the background jobs update on their own (lib/background/registry.ts: a hold whose time
 * ran out is released by the holds.expire job, whenever it falls due): only which rows exist is
 * compared, so a refused request that creates one is still caught.
 */
const rowsOnly: Record<string, string> = { SeatHold: `t.id, t."userId", t."cohortId", t."createdAt"` };

export type TSnapshot = Record<string, string>;

export async function snapshotDatabase(dataDir = path.join(process.cwd(), ".data/e2e/pglite")): Promise<TSnapshot> {
  const copy = mkdtempSync(path.join(tmpdir(), "fuzz-snapshot-"));
  try {
    cpSync(dataDir, copy, { recursive: true });
    const db = await PGlite.create(copy);
    try {
      const tables = await db.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1");
      const snapshot: TSnapshot = {};
      for (const { name } of tables.rows) {
        if (excluded.has(name)) continue;
        const columns = rowsOnly[name] ? `(${rowsOnly[name]})` : "t";
        const row = await db.query<{ n: number; digest: string | null }>(
          `select count(*)::int as n, md5(string_agg(${columns}::text, E'\\n' order by ${columns}::text)) as digest from "${name}" t`,
        );
        snapshot[name] = `${row.rows[0]!.n}:${row.rows[0]!.digest ?? "-"}`;
      }
      return snapshot;
    } finally {
      await db.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Tables whose rows differ between two snapshots. */
export function changedTables(before: TSnapshot, after: TSnapshot): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}
