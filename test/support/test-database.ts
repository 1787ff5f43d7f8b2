import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { resetEnvForTests } from "../../lib/env";

/**
 * Integration tests: point this process's database (lib/db.ts → getDb) at a fresh copy of the
 * migrated template that globalSetup built (PGlite), or at TEST_DATABASE_URL (PostgreSQL,
 * migrated by globalSetup). Call once per test file, before the first getDb().
 */
export async function useTestDatabase(): Promise<{ kind: "pglite" | "postgres"; cleanup: () => Promise<void> }> {
  const postgresUrl = process.env.TEST_DATABASE_URL;
  if (postgresUrl) {
    process.env.DATABASE_URL = postgresUrl;
    resetEnvForTests();
    return { kind: "postgres", cleanup: async () => {} };
  }
  const template = inject("pgliteTemplateDir");
  if (!template) throw new Error("no PGlite template: run integration tests through vitest (globalSetup)");
  const dir = await mkdtemp(path.join(os.tmpdir(), "it-db-"));
  const dataDir = path.join(dir, "pglite");
  await cp(template, dataDir, { recursive: true });
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = dataDir;
  resetEnvForTests();
  return { kind: "pglite", cleanup: () => rm(dir, { recursive: true, force: true }) };
}
