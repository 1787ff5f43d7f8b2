/**
 * Project-owned replacement for `prisma migrate deploy|dev|status`, driving the WASM schema engine
 * through driver adapters (PGlite or PostgreSQL), since the native engine is not available here.
 * Every command opens its own engine and connections and releases them before returning.
 */
export { applyMigrations } from "./apply";
export { createMigration } from "./create";
export { MigrationError } from "./errors";
export { resetDatabase } from "./reset";
export type { TMigrateOptions } from "./session";
export { migrationStatus, type TMigrationStatus } from "./status";
