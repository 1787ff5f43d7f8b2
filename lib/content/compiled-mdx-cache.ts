import "server-only";
import { createHash } from "node:crypto";
import type { TCompiledMdx } from "./mdx-pipeline";

type TEntry = { hash: string; compiled: Promise<TCompiledMdx> };

const entries = new Map<string, TEntry>();
const counters = { compiles: 0, hits: 0 };

/** Counters of the in-memory compiled-MDX cache since start (or the last reset). */
export function compiledLessonCacheStats(): { compiles: number; hits: number; entries: number } {
  return { ...counters, entries: entries.size };
}

/** Empties the cache and zeroes the counters (tests only). */
export function resetCompiledLessonCache(): void {
  entries.clear();
  counters.compiles = 0;
  counters.hits = 0;
}

/**
 * Returns the compiled form of `source` stored under `key` (a file path), compiling only when the
 * key is new or the content hash changed. One entry per key; concurrent callers share one compile;
 * a failed compile is not cached.
 */
export function getCompiledMdx(key: string, source: string, compile: () => Promise<TCompiledMdx>): Promise<TCompiledMdx> {
  const hash = createHash("sha256").update(source).digest("hex");
  const cached = entries.get(key);
  if (cached && cached.hash === hash) {
    counters.hits += 1;
    return cached.compiled;
  }
  counters.compiles += 1;
  const compiled = compile();
  entries.set(key, { hash, compiled });
  compiled.catch(() => {
    if (entries.get(key)?.compiled === compiled) entries.delete(key);
  });
  return compiled;
}
