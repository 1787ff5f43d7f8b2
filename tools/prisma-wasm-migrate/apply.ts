import type { SchemaEngine } from "./engine";
import { engineStep } from "./errors";
import { readMigrationsList } from "./migrations-dir";
import { NO_FILTERS, type TMigrateOptions, withMigrationEngine } from "./session";

/** Applies the pending migrations of `migrationsDir` with an open engine; returns their names. */
export async function applyWithEngine(engine: SchemaEngine, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const output = await engineStep("to apply migrations", () => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
  return output.appliedMigrationNames;
}

/**
 * `prisma migrate deploy`: applies every migration of `migrationsDir` not yet applied to the target,
 * in folder-name order, each script whole (one implicit transaction per migration).
 * Returns the names applied, in order; an up-to-date database returns [] and is left untouched.
 * Guarantees: never creates migrations or uses a shadow database; refuses (MigrationError P3009)
 * while a failed migration is recorded; engine and connections are released even on error.
 */
export async function applyMigrations(options: TMigrateOptions): Promise<string[]> {
  return withMigrationEngine(options, ({ engine }) => applyWithEngine(engine, options.migrationsDir));
}
