/** Which database a migration command talks to: an embedded PGlite folder, or PostgreSQL by URL. */
export type TDatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
