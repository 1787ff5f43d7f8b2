import { DriverAdapterError, type IsolationLevel, type SqlDriverAdapter, type SqlQuery } from "@prisma/driver-adapter-utils";

/** Sends a whole SQL script to the database as one simple-protocol query (pg `query`, PGlite `exec`). */
export type TScriptRunner = (script: string) => Promise<unknown>;

type TPostgresError = {
  code: string;
  severity: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
};

function isPostgresError(error: unknown): error is TPostgresError {
  if (!(error instanceof Error)) return false;
  const code: unknown = Reflect.get(error, "code");
  const severity: unknown = Reflect.get(error, "severity");
  return typeof code === "string" && typeof severity === "string";
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Wraps a driver adapter so that `executeScript` runs the whole migration script as ONE query.
 *
 * Why, for both adapters this runner uses:
 * - @prisma/adapter-pg 7.10 splits scripts on every `;` (breaking on semicolons inside string
 *   literals, comments or function bodies) and runs each piece on its own, so a failing migration
 *   leaves the statements before it committed.
 * - pglite-prisma-adapter 0.7.2 does not await `exec`: a failing migration is recorded as applied
 *   and its error surfaces later as an unhandled rejection.
 * Prisma's native engine sends the script whole; PostgreSQL (and PGlite) then runs it as one
 * implicit transaction. This restores that behaviour.
 *
 * Guarantees: every other method is delegated unchanged; database errors reach the engine the way
 * the adapters report them (SQLSTATE code, message, detail…), so migration failures stay readable.
 */
export class WholeScriptAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly getConnectionInfo: SqlDriverAdapter["getConnectionInfo"];

  /**
   * @param inner the adapter to delegate to
   * @param runScript sends a whole script to the same database as `inner`
   * @param onDispose runs after `inner.dispose()` when the engine disposes this adapter (must be idempotent)
   */
  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly runScript: TScriptRunner,
    private readonly onDispose?: () => Promise<void>,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    this.getConnectionInfo = inner.getConnectionInfo?.bind(inner);
  }

  queryRaw(query: SqlQuery) {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery) {
    return this.inner.executeRaw(query);
  }

  startTransaction(isolationLevel?: IsolationLevel) {
    return this.inner.startTransaction(isolationLevel);
  }

  async dispose(): Promise<void> {
    try {
      await this.inner.dispose();
    } finally {
      await this.onDispose?.();
    }
  }

  async executeScript(script: string): Promise<void> {
    try {
      await this.runScript(script);
    } catch (error) {
      if (!isPostgresError(error)) throw error;
      throw new DriverAdapterError({
        kind: "postgres",
        code: error.code,
        severity: error.severity,
        message: error.message,
        detail: optionalString(error.detail),
        column: optionalString(error.column),
        hint: optionalString(error.hint),
        originalCode: error.code,
        originalMessage: error.message,
      });
    }
  }
}
