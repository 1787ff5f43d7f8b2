import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TDatabaseTarget } from "../target";
import { createTemporaryDatabase } from "../pg-temp-database";

/** Test support only (imported by *.integration.test.ts): throwaway databases and folders. */

/** The project's real schema and migrations. */
export const PROJECT_SCHEMA = path.resolve(import.meta.dirname, "../../../prisma/schema.prisma");
export const PROJECT_MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/** A fresh, empty database for one test; `query` opens its own short connection each call. */
export type TTestDatabase = {
  target: TDatabaseTarget;
  query: <TRow extends Record<string, unknown>>(sql: string) => Promise<TRow[]>;
  dispose: () => Promise<void>;
};

/** A kind of database the migration suite runs against. */
export type TTestDatabaseKind = { label: string; create: () => Promise<TTestDatabase> };

/** Creates a temporary folder; returns it with a remover. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** PGlite in a new temporary folder. The folder is only opened while a command or `query` runs. */
export const pgliteDatabases: TTestDatabaseKind = {
  label: "PGlite",
  create: async () => {
    const { dir, remove } = await tempDir("migrate-pglite");
    const dataDir = path.join(dir, "data");
    return {
      target: { kind: "pglite", dataDir },
      query: async <TRow extends Record<string, unknown>>(sql: string) => {
        const { PGlite } = await import("@electric-sql/pglite");
        const db = await PGlite.create(dataDir);
        try {
          return (await db.query<TRow>(sql)).rows;
        } finally {
          await db.close();
        }
      },
      dispose: remove,
    };
  },
};

/** A temporary database `migrate_test_<random>` on the server of `adminUrl`, dropped WITH (FORCE). */
export function postgresDatabases(adminUrl: string): TTestDatabaseKind {
  return {
    label: "PostgreSQL",
    create: async () => {
      const database = await createTemporaryDatabase(adminUrl, "migrate_test");
      return {
        target: { kind: "postgres", url: database.url },
        query: async <TRow extends Record<string, unknown>>(sql: string) => {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            return (await client.query<TRow>(sql)).rows;
          } finally {
            await client.end();
          }
        },
        dispose: database.drop,
      };
    },
  };
}

/** Copies the project's migrations to `dir` (to add migrations without touching the real folder). */
export async function copyProjectMigrations(dir: string): Promise<string> {
  const target = path.join(dir, "migrations");
  await cp(PROJECT_MIGRATIONS, target, { recursive: true });
  return target;
}

/** Writes the project's schema plus `extra` (e.g. one more model) to `<dir>/schema.prisma`. */
export async function writeSchemaWith(dir: string, extra: string): Promise<string> {
  const schemaPath = path.join(dir, "schema.prisma");
  await writeFile(schemaPath, `${await readFile(PROJECT_SCHEMA, "utf8")}\n${extra}\n`);
  return schemaPath;
}

/** Names of the migration folders in `migrationsDir`, sorted. */
export async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Adds a hand-written migration folder `<name>/migration.sql`. */
export async function addMigration(migrationsDir: string, name: string, sql: string): Promise<void> {
  const folder = path.join(migrationsDir, name);
  await mkdir(folder);
  await writeFile(path.join(folder, "migration.sql"), sql);
}

/** Public tables of a test database, sorted. */
export async function publicTables(database: TTestDatabase): Promise<string[]> {
  const rows = await database.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}
