import type { DiagnoseMigrationHistoryOutput } from "@prisma/schema-engine-wasm";
import { engineStep } from "./errors";
import { readMigrationsList } from "./migrations-dir";
import { NO_FILTERS, type TMigrateOptions, withMigrationEngine } from "./session";

/** Where the database stands relative to the migrations folder. All names are folder names. */
export type TMigrationStatus = {
  /** Every migration in the folder, in order. */
  local: string[];
  /** Local migrations recorded as applied. */
  applied: string[];
  /** Local migrations not applied yet (what `deploy` would apply). */
  pending: string[];
  /** Migrations recorded as failed: `deploy` refuses to run until they are resolved. */
  failed: string[];
  /** Applied migrations whose migration.sql changed since. */
  edited: string[];
  /** Migrations recorded in the database but missing from the folder. */
  missingLocally: string[];
  /** Whether the database has a _prisma_migrations table at all. */
  hasMigrationsTable: boolean;
  /**
   * Only when `checkDrift` was asked: null when the schema is what the migrations produce, else the
   * engine's explanation of why the database would need a reset (drift, failed or edited migrations).
   */
  drift?: string | null;
  /** Nothing pending, failed, edited, missing, and no drift found. */
  upToDate: boolean;
};

function historyNames(history: DiagnoseMigrationHistoryOutput["history"]) {
  if (history === null) return { unapplied: [], unpersisted: [] };
  switch (history.diagnostic) {
    case "databaseIsBehind":
      return { unapplied: history.unappliedMigrationNames, unpersisted: [] };
    case "migrationsDirectoryIsBehind":
      return { unapplied: [], unpersisted: history.unpersistedMigrationNames };
    case "historiesDiverge":
      return { unapplied: history.unappliedMigrationNames, unpersisted: history.unpersistedMigrationNames };
  }
}

/**
 * `prisma migrate status`: compares the target's migration table with the migrations folder.
 * With `checkDrift`, also replays the migrations in a shadow database and compares the result with
 * the live schema (slower; on PostgreSQL the user needs CREATEDB).
 * Guarantees: read-only on the target (nothing applied, nothing written to disk); engine and
 * connections are released even on error.
 */
export async function migrationStatus(options: TMigrateOptions & { checkDrift?: boolean }): Promise<TMigrationStatus> {
  return withMigrationEngine(options, async ({ engine }) => {
    const migrationsList = await readMigrationsList(options.migrationsDir);
    const diagnosis = await engineStep("to read the migration history", () =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
    );
    let drift: string | null | undefined;
    if (options.checkDrift) {
      const { action } = await engineStep("to check for drift", () => engine.devDiagnostic({ migrationsList, filters: NO_FILTERS }));
      drift = action.tag === "reset" ? action.reason : null;
    }
    const local = migrationsList.migrationDirectories.map((directory) => directory.path);
    const { unapplied, unpersisted } = historyNames(diagnosis.history);
    const failed = diagnosis.failedMigrationNames;
    const status: TMigrationStatus = {
      local,
      applied: local.filter((name) => !unapplied.includes(name) && !failed.includes(name)),
      pending: unapplied,
      failed,
      edited: diagnosis.editedMigrationNames,
      missingLocally: unpersisted,
      hasMigrationsTable: diagnosis.hasMigrationsTable,
      upToDate: unapplied.length + unpersisted.length + failed.length + diagnosis.editedMigrationNames.length === 0 && typeof drift !== "string",
    };
    if (drift !== undefined) status.drift = drift;
    return status;
  });
}
