import { randomUUID } from "node:crypto";
import pg from "pg";

/** A database created for a short while (shadow database, test database) and its connection URL. */
export type TTemporaryDatabase = {
  name: string;
  url: string;
  /** Drops the database WITH (FORCE), closing any session still connected. Safe to call twice. */
  drop: () => Promise<void>;
};

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `url` with its database (path) replaced by `database`; user, host, port and query are kept. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function runAdminStatement(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database named `<prefix>_<random>` on the server of `adminUrl`, connecting as
 * that URL's user (who needs the CREATEDB privilege).
 * Guarantees: the name is unique per call; `drop()` removes the database even while sessions are
 * still connected (PostgreSQL 13+ `DROP DATABASE … WITH (FORCE)`).
 */
export async function createTemporaryDatabase(adminUrl: string, prefix: string): Promise<TTemporaryDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`Invalid database name prefix: ${prefix}`);
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await runAdminStatement(adminUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  let dropped = false;
  return {
    name,
    url: withDatabaseName(adminUrl, name),
    drop: async () => {
      if (dropped) return;
      await runAdminStatement(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      dropped = true;
    },
  };
}
