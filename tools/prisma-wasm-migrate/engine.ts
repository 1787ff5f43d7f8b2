import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemasContainer } from "@prisma/schema-engine-wasm";
import type { CleanupStack } from "./cleanup";

export type { SchemaEngine } from "@prisma/schema-engine-wasm";

type TEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** The JS glue of the engine. Its entry point ("." export) imports the .wasm as an ES module, which
 * Node cannot do, so we load the glue ("./schema_engine_bg" export) and instantiate the .wasm ourselves. */
const GLUE_SPECIFIER = "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded: Promise<TEngineModule> | undefined;

function unref(timer: unknown): unknown {
  if (typeof timer === "object" && timer !== null) {
    const unrefMethod: unknown = Reflect.get(timer, "unref");
    if (typeof unrefMethod === "function") Reflect.apply(unrefMethod, timer, []);
  }
  return timer;
}

/**
 * The glue's imports, with the engine's timers unref'd. The engine arms a 10 s timer (its advisory
 * lock timeout) on every `applyMigrations` and never clears it — the glue has no clearTimeout — which
 * would keep a finished CLI alive for 10 s. An unref'd timer still fires while the process is busy
 * (e.g. waiting on the lock), it just no longer holds an idle process open.
 */
function withUnrefTimers(glue: TEngineModule): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...glue };
  for (const [name, value] of Object.entries(glue)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      imports[name] = (...args: unknown[]) => unref(Reflect.apply(value, undefined, args));
    }
  }
  return imports;
}

async function instantiate(): Promise<TEngineModule> {
  // Resolved from node_modules like any package (works from any cwd, under tsx and Vitest).
  const gluePath = createRequire(import.meta.url).resolve(GLUE_SPECIFIER);
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(wasmPath);
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports["__wbindgen_start"];
  if (typeof start === "function") start();
  return glue;
}

/**
 * Loads and instantiates the Prisma schema engine (WASM) once per process.
 * Guarantees: concurrent callers share one instance; a failed load is not cached (the next call retries).
 */
export function loadSchemaEngine(): Promise<TEngineModule> {
  loaded ??= instantiate().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** Receives the engine's tracing output, one JSON string per event (for debugging). */
export type TEngineLogger = (line: string) => void;

/**
 * Starts a schema engine on `schema`, talking to the database through `factory`.
 * Guarantees: the engine is registered on `cleanup` and freed when it runs (never leaked, even if
 * the caller throws). `factory.connect()` is the main database, `factory.connectToShadowDb()` the shadow.
 */
export async function openSchemaEngine(options: {
  schema: SchemasContainer;
  factory: SqlMigrationAwareDriverAdapterFactory;
  cleanup: CleanupStack;
  log?: TEngineLogger;
}): Promise<SchemaEngine> {
  const glue = await loadSchemaEngine();
  const log = options.log ?? (() => undefined);
  const engine = await glue.SchemaEngine.new(
    { datamodels: options.schema.files.map((file) => [file.path, file.content]) },
    (line: unknown) => log(String(line)),
    bindMigrationAwareSqlAdapterFactory(options.factory),
  );
  options.cleanup.defer(() => engine.free());
  return engine;
}
