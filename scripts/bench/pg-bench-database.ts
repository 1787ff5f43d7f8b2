/**
 * A throw-away PostgreSQL database for the rush benchmark: created on the server of an admin URL
 * (BENCH_DATABASE_URL, else the local default), migrated with the project's runner, dropped at the end.
 */
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../tools/prisma-wasm-migrate";

export const defaultAdminUrl = "postgres://postgres:postgres@127.0.0.1:5432/postgres";

export type TBenchDatabase = { name: string; url: string; drop: () => Promise<void> };

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function adminStatement(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The admin URL to use; exits 1 with instructions when PostgreSQL cannot be reached. */
export async function reachableAdminUrl(): Promise<string> {
  const adminUrl = process.env.BENCH_DATABASE_URL || defaultAdminUrl;
  try {
    await adminStatement(adminUrl, "SELECT 1");
    return adminUrl;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      [
        `bench:rush needs PostgreSQL, and ${redact(adminUrl)} is not reachable (${reason}).`,
        "Start it, e.g. on Debian as root:  pg_ctlcluster 15 main start",
        "(with password 'postgres' for user postgres), or point BENCH_DATABASE_URL at a server",
        "where the user may CREATE DATABASE: BENCH_DATABASE_URL=postgres://user:pass@host:5432/postgres npm run bench:rush",
      ].join("\n"),
    );
    process.exit(1);
  }
}

/** Creates `bench_rush_<timestamp>` on the admin URL's server and applies every migration. */
export async function createBenchDatabase(adminUrl: string, root: string): Promise<TBenchDatabase> {
  const name = `bench_rush_${Date.now()}`;
  await adminStatement(adminUrl, `CREATE DATABASE ${quote(name)}`);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  let dropped = false;
  const database: TBenchDatabase = {
    name,
    url: parsed.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminStatement(adminUrl, `DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    },
  };
  try {
    await applyMigrations({
      target: { kind: "postgres", url: database.url },
      schemaPath: path.join(root, "prisma/schema.prisma"),
      migrationsDir: path.join(root, "prisma/migrations"),
    });
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return database;
}
