import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../tools/prisma-wasm-migrate";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Runs once before the integration tests: migrates a PGlite template folder that each test file
 * copies (much faster than migrating per file), and migrates TEST_DATABASE_URL when it is set.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const migrate = (target: Parameters<typeof applyMigrations>[0]["target"]) =>
    applyMigrations({ target, schemaPath: path.join(root, "prisma/schema.prisma"), migrationsDir: path.join(root, "prisma/migrations") });
  const dir = await mkdtemp(path.join(os.tmpdir(), "it-template-"));
  const dataDir = path.join(dir, "pglite");
  await migrate({ kind: "pglite", dataDir });
  project.provide("pgliteTemplateDir", dataDir);
  if (process.env.TEST_DATABASE_URL) await migrate({ kind: "postgres", url: process.env.TEST_DATABASE_URL });
  return () => rm(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}
