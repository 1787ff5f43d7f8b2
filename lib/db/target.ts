import path from "node:path";
import { env } from "../env";

/** Which database this process talks to: the embedded PGlite folder, or PostgreSQL by URL. */
export type TDatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** DATABASE_URL set → PostgreSQL; unset → PGlite in PGLITE_DIR (default .data/pglite), resolved from the cwd. */
export function databaseTarget(): TDatabaseTarget {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return { kind: "postgres", url: DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(PGLITE_DIR) };
}
