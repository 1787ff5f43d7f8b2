import { describe, expect, it } from "vitest";
import pg from "pg";
import { defineMigrateSuite } from "./test-support/migrate-suite";
import { SHADOW_DATABASE_PREFIX } from "./adapters";
import { postgresDatabases } from "./test-support/databases";

// e.g. TEST_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres (its user needs CREATEDB).
const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)("migration runner on PostgreSQL", () => {
  describe("commands", () => {
    defineMigrateSuite(postgresDatabases(adminUrl ?? ""));
  });

  // Runs after the commands above (outside their per-test database).
  it("left no shadow or test database behind", async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE 'migrate_test_%'", [
        `${SHADOW_DATABASE_PREFIX}_%`,
      ]);
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
