import "server-only";
import { createDatabaseClient, type TPrismaClient } from "./db/create-client";
import { databaseTarget } from "./db/target";

/**
 * The one database client of this process, opened on first use (never at import, so `next build`
 * does not open the embedded database). A globalThis singleton, so dev reloads do not open a second
 * PGlite on the same folder. Secrets such as password hashes are omitted by default.
 */
const globalForDb = globalThis as unknown as { dbPromise?: Promise<TPrismaClient> };

export function getDb(): Promise<TPrismaClient> {
  globalForDb.dbPromise ??= createDatabaseClient(databaseTarget()).then((handle) => handle.prisma);
  return globalForDb.dbPromise;
}

export type { TPrismaClient };
