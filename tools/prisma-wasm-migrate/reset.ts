import { engineStep } from "./errors";
import { NO_FILTERS, type TMigrateOptions, withMigrationEngine } from "./session";

/**
 * Empties the target database: drops every table, type and the migration history (the engine's
 * `reset`), so that `applyMigrations` starts from scratch. Destroys all data; meant for development
 * and tests. Guarantees: engine and connections are released even on error.
 */
export async function resetDatabase(options: Pick<TMigrateOptions, "target" | "schemaPath" | "log">): Promise<void> {
  await withMigrationEngine(options, ({ engine }) => engineStep("to reset the database", () => engine.reset({ filter: NO_FILTERS })));
}
