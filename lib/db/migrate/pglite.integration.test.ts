import { describe } from "vitest";
import { defineMigrateSuite } from "./migrate-suite";
import { pgliteDatabases } from "./testing";

describe("migration runner on PGlite", () => {
  defineMigrateSuite(pgliteDatabases);
});
