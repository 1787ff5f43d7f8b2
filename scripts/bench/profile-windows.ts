/**
 * Where the server's time went while one benchmark target was loaded: a V8 CPU profile of the server
 * (BENCH_CPU_PROF, see start-server.ts) cut into the windows the benchmark measured, each sample
 * charged to who ran it, per request served in that window.
 * - Windows are taken with monotonicMicros(): V8 stamps a profile's samples with the same
 *   monotonic clock (microseconds) in every process on the machine.
 * - A sample in native code (a builtin, JSON.parse, a socket write) is charged to the nearest
 *   JavaScript frame above it; bundled server code (.next/server) is traced through its source map
 *   to the file it came from: this app's own code, React, Next.js, Prisma and pg, another library.
 * - V8 samples the thread on the clock: its busy time includes moments the OS ran another process
 *   on its core. The busy share says whether it was saturated: then at most 1 / (busy time per
 *   request) requests are served per second, and with N connections each waits about N × that.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

export type TCpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};
export type TProfileWindow = { name: string; startUs: number; endUs: number; requests: number };

export const cpuCategories = [
  "this app's code",
  "React",
  "Next.js",
  "Prisma and pg",
  "other libraries",
  "Node.js core",
  "async_hooks",
  "garbage collector",
  "other",
] as const;
export type TCpuCategory = (typeof cpuCategories)[number];

export type TWindowCpu = {
  name: string;
  requests: number;
  wallMs: number;
  /** Share of the window the thread was running anything (not idle). */
  busyShare: number;
  /** Microseconds of busy time per request, in all and by category. */
  perRequestUs: number;
  byCategory: Record<TCpuCategory, number>;
  /** This app's code and everything it called (Prisma, React's rendering of its components …), µs per request. */
  appInclusiveUs: number;
};

/** The clock V8 stamps profiles with, in microseconds. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Each node's parent in the profile's call tree, by id. */
export function parentsOf(profile: Pick<TCpuProfile, "nodes">): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  return parentOf;
}

/** Runs one measurement and, when `windows` is given, notes its time span and the requests it served. */
export async function inWindow<T>(windows: TProfileWindow[] | null, name: string, run: () => Promise<T>, requestsOf: (result: T) => number): Promise<T> {
  const startUs = monotonicMicros();
  const result = await run();
  windows?.push({ name, startUs, endUs: monotonicMicros(), requests: requestsOf(result) });
  return result;
}

/** The .cpuprofile files written to a folder since a time (each server process writes one when it stops), oldest first. */
export function profilesSince(dir: string, sinceMs: number): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .filter((file) => statSync(file).mtimeMs >= sinceMs)
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
}

/** Which category an original source path (from a source map, or a file URL) belongs to. */
export function categoryOfSource(source: string): TCpuCategory {
  const file = source.replace(/\\/g, "/");
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  if (inPackage) {
    if (inPackage === "next" || inPackage.startsWith("@next/")) return "Next.js";
    if (/^(react|react-dom|react-server-dom-[\w-]+|scheduler)$/.test(inPackage)) return "React";
    if (inPackage.startsWith("@prisma/") || inPackage === "prisma" || /^pg(-[\w-]+)?$/.test(inPackage)) return "Prisma and pg";
    return "other libraries";
  }
  if (/(^|\/)lib\/generated\/prisma\//.test(file)) return "Prisma and pg";
  // Next.js's own generated glue (the route's loader, its turbopack runtime) is Next.js.
  if (/\.next-internal\/|\[turbopack\]|turbopack:\/\/\/\[turbopack\]/.test(file)) return "Next.js";
  if (/(^|\/)(app|lib|components|content)\/|(^|\/)(proxy|instrumentation|next\.config)\.m?[tj]sx?$/.test(file)) return "this app's code";
  return "other";
}

type TFrame = TCpuProfile["nodes"][number]["callFrame"];

/** Traces frames of bundled server code through the chunks' source maps (read once each). */
export function createFrameCategorizer(): (frame: TFrame) => TCpuCategory | null {
  const maps = new Map<string, TraceMap | null>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new TraceMap(readFileSync(`${file}.map`, "utf8")));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file)!;
  };
  const cache = new Map<string, TCpuCategory | null>();
  return (frame) => {
    if (frame.functionName === "(garbage collector)") return "garbage collector";
    if (frame.url === "") return null; // native: charged to the caller
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    if (cache.has(key)) return cache.get(key)!;
    let category: TCpuCategory;
    if (frame.url.startsWith("node:")) category = /async_hooks/.test(frame.url) ? "async_hooks" : "Node.js core";
    else if (frame.url.startsWith("file://")) {
      const file = fileURLToPath(frame.url);
      const map = /\/\.next\/server\//.test(file) ? mapOf(file) : null;
      const original = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }) : null;
      category = original?.source ? categoryOfSource(original.source) : map ? "other" : categoryOfSource(file);
    } else category = "other";
    cache.set(key, category);
    return category;
  };
}

/** The profile's busy time in each window, per request and by category (see the file's comment). */
export function cpuByWindow(profile: TCpuProfile, windows: readonly TProfileWindow[], categorize = createFrameCategorizer()): TWindowCpu[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = parentsOf(profile);
  const leafCategory = new Map<number, { category: TCpuCategory | "idle"; inApp: boolean }>();
  const classify = (id: number) => {
    let known = leafCategory.get(id);
    if (known) return known;
    const name = byId.get(id)!.callFrame.functionName;
    let category: TCpuCategory | "idle" | null = name === "(idle)" ? "idle" : name === "(program)" ? "other" : null;
    let inApp = false;
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const own = categorize(byId.get(current)!.callFrame);
      category ??= own;
      if (own === "this app's code") inApp = true;
    }
    known = { category: category ?? "other", inApp };
    leafCategory.set(id, known);
    return known;
  };
  const totals = windows.map(() => ({ busy: 0, app: 0, byCategory: Object.fromEntries(cpuCategories.map((c) => [c, 0])) as Record<TCpuCategory, number> }));
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const w = windows.findIndex((window) => at >= window.startUs && at < window.endUs);
    if (w < 0) return;
    const { category, inApp } = classify(id);
    if (category === "idle") return;
    totals[w]!.busy += delta;
    totals[w]!.byCategory[category] += delta;
    if (inApp) totals[w]!.app += delta;
  });
  return windows.map((window, w) => {
    const total = totals[w]!;
    const per = (us: number) => (window.requests > 0 ? us / window.requests : 0);
    const wallUs = Math.max(1, window.endUs - window.startUs);
    return {
      name: window.name,
      requests: window.requests,
      wallMs: wallUs / 1000,
      busyShare: total.busy / wallUs,
      perRequestUs: per(total.busy),
      byCategory: Object.fromEntries(cpuCategories.map((c) => [c, per(total.byCategory[c])])) as Record<TCpuCategory, number>,
      appInclusiveUs: per(total.app),
    };
  });
}

/** Sums windows of the same name (a target measured once per round) into one. */
export function mergeWindows(rows: readonly TWindowCpu[]): TWindowCpu[] {
  const byName = new Map<string, TWindowCpu[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  return [...byName].map(([name, group]) => {
    const requests = group.reduce((sum, r) => sum + r.requests, 0);
    const wallMs = group.reduce((sum, r) => sum + r.wallMs, 0);
    const weighted = (value: (r: TWindowCpu) => number) => (requests > 0 ? group.reduce((sum, r) => sum + value(r) * r.requests, 0) / requests : 0);
    return {
      name,
      requests,
      wallMs,
      busyShare: wallMs > 0 ? group.reduce((sum, r) => sum + r.busyShare * r.wallMs, 0) / wallMs : 0,
      perRequestUs: weighted((r) => r.perRequestUs),
      byCategory: Object.fromEntries(cpuCategories.map((c) => [c, weighted((r) => r.byCategory[c])])) as Record<TCpuCategory, number>,
      appInclusiveUs: weighted((r) => r.appInclusiveUs),
    };
  });
}
