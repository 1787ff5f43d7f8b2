import "server-only";
import { createDatabaseClient, type TDatabaseHandle, type TExecuteSql, type TPrismaClient, type TReadRows } from "./db/create-client";
import { databaseTarget } from "./db/target";

/**
 * The one database client of this process, opened on first use (never at import, so `next build`
 * does not open the embedded database). A globalThis singleton, so dev reloads do not open a second
 * PGlite on the same folder. Secrets such as password hashes are omitted by default.
 */
const globalForDb = globalThis as unknown as { dbHandlePromise?: Promise<TDatabaseHandle> };

function handle(): Promise<TDatabaseHandle> {
  globalForDb.dbHandlePromise ??= createDatabaseClient(databaseTarget());
  return globalForDb.dbHandlePromise;
}

export async function getDb(): Promise<TPrismaClient> {
  return (await handle()).prisma;
}

/** Raw, read-only row reads on the same connections as getDb (see TReadRows): for the streamed exports. */
export async function getRowReader(): Promise<TReadRows> {
  return (await handle()).readRows;
}

/** Any SQL on the same connections as getDb (see TExecuteSql): for the job queue, which shares the embedded database's one connection. */
export async function getSqlExecutor(): Promise<TExecuteSql> {
  return (await handle()).executeSql;
}

/** Closes this process's database client and its connections (scripts and benchmarks; a server keeps it open). */
export async function closeDb(): Promise<void> {
  const opened = globalForDb.dbHandlePromise;
  globalForDb.dbHandlePromise = undefined;
  if (opened) await (await opened).close();
}

export type { TExecuteSql, TPrismaClient, TReadRows };
