/**
 * A failed migration step, with the engine's message stripped of its Rust span trace.
 * `code` is the Prisma error code when the engine gave one (e.g. "P3009": failed migrations found).
 */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
  readonly code: string | undefined;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}

/** The engine appends "   0: schema_engine_wasm::…" span lines (and their "with …"/"at …" details). */
const SPAN_TRACE_LINE = /^\s*\d+: [\w:]+/;

/** The human part of an engine error message: everything before its span trace, trimmed. */
export function readableEngineMessage(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => SPAN_TRACE_LINE.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}

/**
 * Runs one engine call; turns any failure into a MigrationError saying what was being done.
 * Guarantees: the original error is kept as `cause`; a MigrationError passes through unchanged.
 */
export async function engineStep<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    const raw = error instanceof Error ? error.message : String(error);
    const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
    throw new MigrationError(`Failed ${doing}: ${readableEngineMessage(raw)}`, {
      code: typeof code === "string" ? code : undefined,
      cause: error,
    });
  }
}
