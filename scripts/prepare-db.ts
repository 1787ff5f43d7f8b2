/**
 * Brings the configured database up to date before the site starts: applies pending migrations,
 * then runs the idempotent seed. Run it before `next start`/`next dev`, never beside them:
 * only one process may open the embedded PGlite folder.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "../tools/prisma-wasm-migrate";
import { createDatabaseClient } from "../lib/db/create-client";
import { databaseTarget } from "../lib/db/target";
import { seedDatabase } from "../prisma/seed/seed-database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = databaseTarget();
const started = performance.now();

const applied = await applyMigrations({
  target,
  schemaPath: path.join(root, "prisma/schema.prisma"),
  migrationsDir: path.join(root, "prisma/migrations"),
});
console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");

const handle = await createDatabaseClient(target);
try {
  const report = await seedDatabase(handle.prisma);
  console.log(`seed: ${JSON.stringify(report)}`);
} finally {
  await handle.close();
}
console.log(`database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
