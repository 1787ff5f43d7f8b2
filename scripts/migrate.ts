/**
 * Offline `prisma migrate`, on the WASM schema engine (tools/prisma-wasm-migrate), for PGlite or PostgreSQL
 * (DATABASE_URL set → PostgreSQL, else PGlite in PGLITE_DIR; see lib/db/target.ts).
 *
 *   tsx scripts/migrate.ts deploy          apply pending migrations            (npm run db:migrate)
 *   tsx scripts/migrate.ts dev <name>      create a migration from the schema  (npm run db:migrate:dev -- <name>)
 *                                          if it changed, then apply it
 *   tsx scripts/migrate.ts status [--drift] list applied / pending migrations  (npm run db:status)
 *                                          exits 1 unless up to date
 *
 * Exits 1 with a readable message on failure, 2 on bad usage.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseTarget } from "../lib/db/target";
import { applyMigrations, createMigration, migrationStatus, type TMigrateOptions } from "../tools/prisma-wasm-migrate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: tsx scripts/migrate.ts <deploy | dev NAME | status [--drift]>";

function list(names: string[]): string {
  return names.length === 0 ? "  (none)" : names.map((name) => `  - ${name}`).join("\n");
}

function describeTarget(options: TMigrateOptions): string {
  const { target } = options;
  if (target.kind === "pglite") return `PGlite at ${path.relative(process.cwd(), target.dataDir) || "."}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

async function deploy(options: TMigrateOptions): Promise<number> {
  const applied = await applyMigrations(options);
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s):\n${list(applied)}`);
  return 0;
}

async function dev(options: TMigrateOptions, name: string): Promise<number> {
  const applied = await applyMigrations(options);
  if (applied.length > 0) console.log(`Applied ${applied.length} pending migration(s):\n${list(applied)}`);
  const created = await createMigration({ ...options, name });
  if (created === null) console.log("The schema matches the migrations: no migration created.");
  else console.log(`Created and applied ${path.relative(process.cwd(), path.join(created, "migration.sql"))}`);
  return 0;
}

async function status(options: TMigrateOptions, flags: string[]): Promise<number> {
  const result = await migrationStatus({ ...options, checkDrift: flags.includes("--drift") });
  console.log(`${result.local.length} migration(s) in ${path.relative(process.cwd(), options.migrationsDir)}.`);
  console.log(`Applied:\n${list(result.applied)}`);
  console.log(`Pending:\n${list(result.pending)}`);
  if (result.failed.length > 0) console.log(`Failed (resolve before deploying):\n${list(result.failed)}`);
  if (result.edited.length > 0) console.log(`Edited after being applied:\n${list(result.edited)}`);
  if (result.missingLocally.length > 0) console.log(`Applied but missing locally:\n${list(result.missingLocally)}`);
  if (typeof result.drift === "string") console.log(`Drift:\n${result.drift}`);
  else if (result.drift === null) console.log("No drift: the database schema matches the migrations.");
  console.log(result.upToDate ? "Database is up to date." : "Database is NOT up to date.");
  return result.upToDate ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const options: TMigrateOptions = {
    target: databaseTarget(),
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
  };
  if (command === "dev" && !rest[0]) {
    console.error(`A migration name is required.\n${USAGE}`);
    return 2;
  }
  if (command === "deploy" || command === "dev" || command === "status") {
    console.log(`migrate ${command} on ${describeTarget(options)}`);
  }
  switch (command) {
    case "deploy":
      return deploy(options);
    case "dev":
      return dev(options, rest[0] ?? "");
    case "status":
      return status(options, rest);
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
