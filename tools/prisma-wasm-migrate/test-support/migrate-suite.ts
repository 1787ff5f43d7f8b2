import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { applyMigrations, createMigration, MigrationError, migrationStatus, resetDatabase } from "..";
import type { TMigrateOptions } from "../session";
import {
  addMigration,
  copyProjectMigrations,
  migrationNames,
  PROJECT_MIGRATIONS,
  PROJECT_SCHEMA,
  publicTables,
  tempDir,
  type TTestDatabase,
  type TTestDatabaseKind,
  writeSchemaWith,
} from "./databases";

const PROJECT_TABLES = ["AuthToken", "MailMessage", "SignInThrottle", "User", "_prisma_migrations"];

/**
 * The migration runner's integration tests, for one kind of database (PGlite or PostgreSQL).
 * Call inside a describe(); every test gets a fresh, empty database and drops it afterwards.
 */
export function defineMigrateSuite(kind: TTestDatabaseKind): void {
  let database: TTestDatabase;
  let cleanups: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    database = await kind.create();
    cleanups = [database.dispose];
  });

  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function scratchDir(): Promise<string> {
    const { dir, remove } = await tempDir("migrate-scratch");
    cleanups.push(remove);
    return dir;
  }

  function projectOptions(): TMigrateOptions {
    return { target: database.target, schemaPath: PROJECT_SCHEMA, migrationsDir: PROJECT_MIGRATIONS };
  }

  it("status lists every migration as pending on an empty database, deploy applies them once", async () => {
    const options = projectOptions();
    const local = await migrationNames(PROJECT_MIGRATIONS);
    expect(local.length).toBeGreaterThan(0);

    expect(await migrationStatus(options)).toMatchObject({
      local,
      applied: [],
      pending: local,
      failed: [],
      hasMigrationsTable: false,
      upToDate: false,
    });

    expect(await applyMigrations(options)).toEqual(local);
    expect(await publicTables(database)).toEqual(expect.arrayContaining(PROJECT_TABLES));

    expect(await applyMigrations(options)).toEqual([]);
    const after = await migrationStatus(options);
    expect(after).toMatchObject({ applied: local, pending: [], failed: [], edited: [], upToDate: true });
    expect(after.drift).toBeUndefined();
  });

  it("createMigration writes a migration only when the schema changed, and applies it", async () => {
    const dir = await scratchDir();
    const migrationsDir = await copyProjectMigrations(dir);
    const before = await migrationNames(migrationsDir);
    const schemaPath = await writeSchemaWith(dir, "model ExtraThing {\n  id    Int    @id\n  label String\n}");
    const options: TMigrateOptions = { target: database.target, schemaPath, migrationsDir };

    const created = await createMigration({ ...options, name: "add extra thing", clock: () => new Date("2099-01-02T03:04:05Z") });

    expect(created).toBe(path.join(migrationsDir, "20990102030405_add_extra_thing"));
    const sql = await readFile(path.join(created ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "ExtraThing"');
    expect(await publicTables(database)).toEqual(expect.arrayContaining([...PROJECT_TABLES, "ExtraThing"]));
    expect(await migrationStatus(options)).toMatchObject({
      applied: [...before, "20990102030405_add_extra_thing"],
      pending: [],
      upToDate: true,
    });

    expect(await createMigration({ ...options, name: "again", clock: () => new Date("2099-01-03T00:00:00Z") })).toBeNull();
    expect(await migrationNames(migrationsDir)).toEqual([...before, "20990102030405_add_extra_thing"]);
  });

  it("runs each migration whole: semicolons in strings survive, a failure rolls back and blocks deploy", async () => {
    const migrationsDir = await copyProjectMigrations(await scratchDir());
    await addMigration(
      migrationsDir,
      "20990101000000_notes",
      `CREATE TABLE "Note" ("body" TEXT NOT NULL);\n-- a comment; with a semicolon\nINSERT INTO "Note" ("body") VALUES ('one; two');\n`,
    );
    await addMigration(migrationsDir, "20990102000000_broken", `CREATE TABLE "Partial" ("id" INTEGER);\nINSERT INTO "DoesNotExist" VALUES (1);\n`);
    const options: TMigrateOptions = { ...projectOptions(), migrationsDir };

    const failure = await applyMigrations(options).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MigrationError);
    expect(String((failure as Error).message)).toMatch(/20990102000000_broken|DoesNotExist/);
    expect((failure as Error).message).not.toMatch(/schema_engine_wasm::/);

    expect(await database.query(`SELECT "body" FROM "Note"`)).toEqual([{ body: "one; two" }]);
    expect(await publicTables(database)).not.toContain("Partial");
    expect(await migrationStatus(options)).toMatchObject({ failed: ["20990102000000_broken"], upToDate: false });
    await expect(applyMigrations(options)).rejects.toMatchObject({ name: "MigrationError", code: "P3009" });
  });

  it("status reports drift when asked; reset empties the database for a fresh deploy", async () => {
    const options = projectOptions();
    const local = await migrationNames(PROJECT_MIGRATIONS);
    await applyMigrations(options);
    await database.query(`CREATE TABLE "Drift" ("id" INTEGER)`);

    const status = await migrationStatus({ ...options, checkDrift: true });
    expect(status.pending).toEqual([]);
    expect(status.drift).toMatch(/Drift/);
    expect(status.upToDate).toBe(false);

    await resetDatabase(options);
    expect(await publicTables(database)).toEqual([]);
    expect(await applyMigrations(options)).toEqual(local);
  });
}
