import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_FILE, migrationTimestamp, normalizeMigrationName, readMigrationsList, writeMigration } from "./migrations-dir";
import { tempDir } from "./test-support/databases";

let removers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const remove of removers) await remove();
  removers = [];
});

async function scratch(): Promise<string> {
  const { dir, remove } = await tempDir("migrations-dir");
  removers.push(remove);
  return dir;
}

describe("migration names", () => {
  it("formats the timestamp in UTC as YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607");
  });

  it("turns spaces and dashes into underscores and rejects other characters", () => {
    expect(normalizeMigrationName(" add user-roles ")).toBe("add_user_roles");
    expect(() => normalizeMigrationName("drop; table")).toThrow(/Invalid migration name/);
    expect(() => normalizeMigrationName("")).toThrow(/Invalid migration name/);
  });
});

describe("readMigrationsList", () => {
  it("reads a missing folder as no migrations with a postgresql lock", async () => {
    const list = await readMigrationsList(path.join(await scratch(), "nope"));
    expect(list.migrationDirectories).toEqual([]);
    expect(list.lockfile.content).toContain('provider = "postgresql"');
  });

  it("lists folders sorted, reporting a missing migration.sql as an error entry", async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, "20260102000000_b"));
    await writeFile(path.join(dir, "20260102000000_b", "migration.sql"), "SELECT 2;");
    await mkdir(path.join(dir, "20260101000000_a"));
    const list = await readMigrationsList(dir);
    expect(list.migrationDirectories.map((entry) => entry.path)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(list.migrationDirectories[0]?.migrationFile.content.tag).toBe("error");
    expect(list.migrationDirectories[1]?.migrationFile.content).toEqual({ tag: "ok", value: "SELECT 2;" });
  });

  it("refuses a lock file for another provider", async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, LOCK_FILE), 'provider = "sqlite"\n');
    await expect(readMigrationsList(dir)).rejects.toThrow(/"sqlite"/);
  });
});

describe("writeMigration", () => {
  it("writes migration.sql and the lock file, and never overwrites a folder", async () => {
    const dir = await scratch();
    const folder = await writeMigration({ migrationsDir: dir, folderName: "20260101000000_init", script: "SELECT 1;" });
    expect(await readFile(path.join(folder, "migration.sql"), "utf8")).toBe("SELECT 1;");
    expect(await readFile(path.join(dir, LOCK_FILE), "utf8")).toContain('provider = "postgresql"');
    await expect(writeMigration({ migrationsDir: dir, folderName: "20260101000000_init", script: "SELECT 2;" })).rejects.toThrow(/EEXIST/);
    expect(await readFile(path.join(folder, "migration.sql"), "utf8")).toBe("SELECT 1;");
  });
});
