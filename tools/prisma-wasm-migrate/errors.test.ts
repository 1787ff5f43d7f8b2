import { describe, expect, it } from "vitest";
import { MigrationError, engineStep, readableEngineMessage } from "./errors";

describe("engine errors", () => {
  const raw = [
    "external connector error",
    "No such table: Nope",
    "   0: sql_schema_connector::apply_migration::apply_script",
    '           with migration_name="20250102000000_bad"',
    "             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113",
  ].join("\n");

  it("drops the Rust span trace", () => {
    expect(readableEngineMessage(raw)).toBe("external connector error\nNo such table: Nope");
  });

  it("wraps failures in a MigrationError saying what was being done, keeping code and cause", async () => {
    const cause = Object.assign(new Error(raw), { code: "P3018" });
    const error = await engineStep("to apply migrations", () => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({
      message: "Failed to apply migrations: external connector error\nNo such table: Nope",
      code: "P3018",
      cause,
    });
  });
});
