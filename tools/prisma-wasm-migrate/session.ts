import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import type { TDatabaseTarget } from "./target";
import { migrationAdapterFactory } from "./adapters";
import { withCleanup } from "./cleanup";
import { engineStep } from "./errors";
import { openSchemaEngine, type SchemaEngine, type TEngineLogger } from "./engine";

/** What every migration command needs: where the database is, the schema, the migrations folder. */
export type TMigrateOptions = {
  target: TDatabaseTarget;
  /** prisma/schema.prisma, or a folder of .prisma files (multi-file schema). */
  schemaPath: string;
  /** prisma/migrations */
  migrationsDir: string;
  /** Receives the engine's log lines. */
  log?: TEngineLogger;
};

/** No table or enum is managed outside Prisma in this project. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

async function schemaFilePaths(schemaPath: string): Promise<string[]> {
  const resolved = path.resolve(schemaPath);
  if (!(await stat(resolved)).isDirectory()) return [resolved];
  const entries = await readdir(resolved, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads the Prisma schema (one file, or every .prisma file under a folder) for the engine. */
export async function readSchema(schemaPath: string): Promise<SchemasContainer> {
  const paths = await schemaFilePaths(schemaPath);
  if (paths.length === 0) throw new Error(`No .prisma file found in ${schemaPath}`);
  return { files: await Promise.all(paths.map(async (file) => ({ path: file, content: await readFile(file, "utf8") }))) };
}

/**
 * Runs `body` with a schema engine connected to `options.target`.
 * Guarantees: when `body` settles (or anything fails on the way), the engine is freed and every
 * connection it opened — main database, shadow databases — is closed; an error from `body` is the
 * one rethrown. One session opens the PGlite data folder once.
 */
export async function withMigrationEngine<T>(
  options: Pick<TMigrateOptions, "target" | "schemaPath" | "log">,
  body: (session: { engine: SchemaEngine; schema: SchemasContainer }) => Promise<T>,
): Promise<T> {
  const schema = await readSchema(options.schemaPath);
  return withCleanup(async (cleanup) => {
    const factory = migrationAdapterFactory(options.target, cleanup);
    const engine = await engineStep("to start the schema engine", () => openSchemaEngine({ schema, factory, cleanup, log: options.log }));
    return body({ engine, schema });
  });
}
