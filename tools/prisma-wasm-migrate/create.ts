import { applyWithEngine } from "./apply";
import { engineStep } from "./errors";
import { migrationTimestamp, normalizeMigrationName, readMigrationsList, writeMigration } from "./migrations-dir";
import { NO_FILTERS, type TMigrateOptions, withMigrationEngine } from "./session";

/** The engine's diff exit code when the two schemas differ (asked for with `exitCode: true`). */
const DIFF_NOT_EMPTY = 2;

/**
 * `prisma migrate dev --name <name>`: replays the migrations folder in a shadow database, diffs
 * the result against the Prisma schema and, only when they differ, writes
 * `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` (plus migration_lock.toml if missing),
 * then applies every pending migration — the new one included — to the target.
 * Returns the new folder's absolute path, or null when the schema needs no change (pending
 * migrations are still applied then).
 *
 * Guarantees: existing migration folders are never modified; the timestamp is `clock()` in UTC
 * (default: now). Shadow databases and connections are released even on error. If applying fails,
 * the new folder stays on disk (fix the schema or the SQL, then run again). Unlike Prisma's CLI,
 * it neither checks the target for drift first nor warns about data loss.
 */
export async function createMigration(options: TMigrateOptions & { name: string; clock?: () => Date }): Promise<string | null> {
  const name = normalizeMigrationName(options.name);
  return withMigrationEngine(options, async ({ engine, schema }) => {
    const migrationsList = await readMigrationsList(options.migrationsDir);
    const diff = await engineStep("to diff the migrations against the schema", () =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", ...schema },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      }),
    );
    let folder: string | null = null;
    if (diff.exitCode === DIFF_NOT_EMPTY && diff.stdout) {
      const folderName = `${migrationTimestamp((options.clock ?? (() => new Date()))())}_${name}`;
      folder = await writeMigration({ migrationsDir: options.migrationsDir, folderName, script: diff.stdout });
    }
    await applyWithEngine(engine, options.migrationsDir);
    return folder;
  });
}
