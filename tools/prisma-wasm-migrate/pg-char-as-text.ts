import pg from "pg";

/** PostgreSQL's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, …). */
const CHAR_OID = 18;
/** `text`: values of `"char"` arrive as one-character strings, so reading them as text is exact. */
const TEXT_OID = 25;

type TFieldDescription = { dataTypeID: number };

function hasFields(message: unknown): message is { fields: TFieldDescription[] } {
  return typeof message === "object" && message !== null && Array.isArray(Reflect.get(message, "fields"));
}

function describeCharAsText(message: unknown): void {
  if (!hasFields(message)) return;
  for (const field of message.fields) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
}

/**
 * A pg Client that reports `"char"` result columns (OID 18) as `text` (OID 25).
 *
 * Why: the schema engine's catalog queries (describing tables, constraints, enums…) return `"char"`
 * columns, and @prisma/adapter-pg 7.10 has no column-type mapping for OID 18, so every such query
 * fails with "Unsupported column type". The fix is scoped to connections made by this class — only
 * the migration runner's pools use it — instead of patching pg's Result prototype for the whole
 * process (which would also change what the app's own Prisma client sees).
 *
 * How: pg's Connection emits one `rowDescription` message per result; this client prepends a listener
 * that rewrites the type id before pg's own listener builds the Result from it.
 */
export class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.connection.prependListener("rowDescription", describeCharAsText);
  }
}

/**
 * A pg Pool for the migration runner on `connectionString`, every client a CharAsTextClient.
 * Guarantees nothing about lifetime: the caller must `end()` it.
 */
export function createMigrationPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, Client: CharAsTextClient, max: 1 });
}
