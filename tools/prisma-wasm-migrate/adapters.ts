import { mkdir } from "node:fs/promises";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { TDatabaseTarget } from "./target";
import type { CleanupStack } from "./cleanup";
import { createMigrationPool } from "./pg-char-as-text";
import { createTemporaryDatabase } from "./pg-temp-database";
import { WholeScriptAdapter } from "./whole-script-adapter";

/** Prefix of the temporary shadow databases created on PostgreSQL for `dev`. */
export const SHADOW_DATABASE_PREFIX = "prisma_migrate_shadow";

type TOpened = { adapter: SqlDriverAdapter; close: () => Promise<void> };

/** Memoizes an async function: it runs once, later calls share its promise. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= run());
}

/** PGlite on `dataDir`, or in memory when undefined. Closed again if the adapter cannot be made. */
async function openPglite(dataDir: string | undefined, onDispose?: () => Promise<void>): Promise<TOpened> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  try {
    const inner = await new PrismaPGlite(db).connect();
    return { adapter: new WholeScriptAdapter(inner, (script) => db.exec(script), onDispose), close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A one-connection pool on `url` (a single session, like the native engine: advisory locks, SETs). */
async function openPostgres(url: string, onDispose?: () => Promise<void>): Promise<TOpened> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = createMigrationPool(url);
  try {
    // An external pool: the adapter never ends it; `close` does.
    const inner = await new PrismaPg(pool).connect();
    return { adapter: new WholeScriptAdapter(inner, (script) => pool.query(script), onDispose), close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Opens the main database once, however often the engine connects; closed by `cleanup`. */
function mainConnection(open: () => Promise<TOpened>, cleanup: CleanupStack): () => Promise<SqlDriverAdapter> {
  return once(async () => {
    const opened = await open();
    cleanup.defer(opened.close);
    return opened.adapter;
  });
}

/** Opens a shadow whose resources are released when the engine disposes it, or by `cleanup` at the latest. */
async function shadowConnection(
  open: (onDispose: () => Promise<void>) => Promise<TOpened>,
  cleanup: CleanupStack,
  releaseAfterClose: () => Promise<void> = async () => undefined,
): Promise<SqlDriverAdapter> {
  // `let`, not `const`: `release` may run (from `open` failing) before `opened` is assigned.
  // eslint-disable-next-line prefer-const
  let opened: TOpened | undefined;
  const release = once(async () => {
    try {
      await opened?.close();
    } finally {
      await releaseAfterClose();
    }
  });
  cleanup.defer(release);
  opened = await open(release);
  return opened.adapter;
}

/**
 * An adapter factory for the schema engine on `target`, with shadow databases for `dev`.
 *
 * - PGlite: the main database is the data folder (created if missing); each shadow is a fresh
 *   in-memory PGlite instance.
 * - PostgreSQL: the main database is `target.url`, through a one-connection pg pool whose client
 *   reads `"char"` as text (pg-char-as-text.ts); each shadow is a temporary database
 *   `prisma_migrate_shadow_<random>` on the same server (the URL's user needs CREATEDB), dropped
 *   WITH (FORCE).
 * Both run migration scripts whole, in one implicit transaction (whole-script-adapter.ts).
 *
 * Guarantees: the main database is opened at most once per factory (a PGlite folder must never be
 * opened twice); each shadow is released as soon as the engine disposes it; everything still open —
 * PGlite instances, pg pools, shadow databases — is released when `cleanup` runs. Nothing is opened
 * before the engine connects. The PGlite data folder must not be open in another process.
 */
export function migrationAdapterFactory(target: TDatabaseTarget, cleanup: CleanupStack): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "pglite") {
    return {
      provider: "postgres",
      adapterName: "pglite-prisma-adapter",
      connect: mainConnection(() => openPglite(target.dataDir), cleanup),
      connectToShadowDb: () => shadowConnection((onDispose) => openPglite(undefined, onDispose), cleanup),
    };
  }
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: mainConnection(() => openPostgres(target.url), cleanup),
    connectToShadowDb: async () => {
      const shadow = await createTemporaryDatabase(target.url, SHADOW_DATABASE_PREFIX);
      return shadowConnection((onDispose) => openPostgres(shadow.url, onDispose), cleanup, shadow.drop);
    },
  };
}
