import { PrismaClient } from "../generated/prisma/client";
import type { TDatabaseTarget } from "./target";

/** Columns that never leave the data layer unless a query asks for them explicitly. */
export const omitSecrets = { user: { passwordHash: true } } as const;

export type TPrismaClient = PrismaClient<never, typeof omitSecrets>;

/**
 * A read-only SQL statement answered as arrays of column values straight from the driver
 * (`$1`, `$2`… placeholders), bypassing Prisma's result mapping. Only for large scans where that
 * mapping is the cost (the streamed exports); everything else goes through Prisma. Values are the
 * driver's: strings for text, numbers for integers and floats, null for NULL.
 */
export type TReadRows = (sql: string, values: readonly unknown[]) => Promise<unknown[][]>;

/**
 * Any SQL on the client's connections, as the job queue (pg-boss) sends it: with `values` one
 * statement with `$n` placeholders; without, possibly several statements in one string (its own
 * `BEGIN; … COMMIT;` blocks), answered with the last statement's rows.
 */
export type TExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export type TDatabaseHandle = { prisma: TPrismaClient; readRows: TReadRows; executeSql: TExecuteSql; close: () => Promise<void> };

/**
 * Opens a Prisma client on the given target: PGlite in-process for the embedded default,
 * PostgreSQL through adapter-pg otherwise. `readRows` shares the client's connections (the pg pool;
 * PGlite's single connection, whose queries wait for any open transaction). The caller owns the
 * handle and must close it. Only one process may open a PGlite data folder at a time.
 */
export async function createDatabaseClient(target: TDatabaseTarget): Promise<TDatabaseHandle> {
  if (target.kind === "postgres") {
    const { default: pg } = await import("pg");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pool = new pg.Pool({ connectionString: target.url });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), omit: omitSecrets });
    return {
      prisma,
      readRows: async (sql, values) => (await pool.query<unknown[]>({ text: sql, values: [...values], rowMode: "array" })).rows,
      executeSql: async (text, values) => {
        const result: unknown = await pool.query(text, values && values.length > 0 ? values : undefined);
        return lastResult(result);
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await PGlite.create(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), omit: omitSecrets });
  return {
    prisma,
    readRows: async (sql, values) => (await pglite.query<unknown[]>(sql, [...values], { rowMode: "array" })).rows,
    // PGlite's query() takes one statement; exec() takes several (without parameters).
    executeSql: async (text, values) => (values && values.length > 0 ? await pglite.query(text, values) : lastResult(await pglite.exec(text))),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** A multi-statement query answers one result per statement: keep the last one's rows. */
function lastResult(result: unknown): { rows: unknown[] } {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  return { rows: (last as { rows?: unknown[] } | undefined)?.rows ?? [] };
}
