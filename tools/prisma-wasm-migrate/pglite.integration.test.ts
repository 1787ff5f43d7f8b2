import { describe } from "vitest";
import { defineMigrateSuite } from "./test-support/migrate-suite";
import { pgliteDatabases } from "./test-support/databases";

describe("migration runner on PGlite", () => {
  defineMigrateSuite(pgliteDatabases);
});
