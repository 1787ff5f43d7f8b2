/**
 * The "where the server's time went" table of a benchmark run with a profile (BENCH_CPU_PROF or
 * --profile): one row per target, the server thread's busy time per request by category
 * (profile-windows.ts), and what that implies for one event-loop thread kept busy by N connections.
 */
import { readFileSync } from "node:fs";
import { cpuByWindow, cpuCategories, mergeWindows, profilesSince, type TCpuProfile, type TProfileWindow, type TWindowCpu } from "./profile-windows";
import { grid, round } from "./stats";

/** Short column names for the categories, in cpuCategories' order. */
const shortNames = ["app", "React", "Next.js", "Prisma/pg", "libs", "Node", "async_hooks", "GC", "other"];

/**
 * Reads the profiles written to `dir` since `sinceMs` (each server process writes one when
 * stopped) and charges them to the windows: with several processes, their busy time per request adds up
 * and their busy shares are averaged. Null when there is none. `connections`: how many requests
 * were kept in flight.
 */
export function cpuReport(
  dir: string,
  windows: readonly TProfileWindow[],
  connections: number,
  sinceMs = 0,
): { rows: TWindowCpu[]; text: string; files: string[] } | null {
  const files = profilesSince(dir, sinceMs);
  if (files.length === 0 || windows.length === 0) return null;
  const perProcess = files.map((file) => cpuByWindow(JSON.parse(readFileSync(file, "utf8")) as TCpuProfile, windows));
  const rows = mergeWindows(windows.map((_, i) => addProcesses(perProcess.map((rowsOfOne) => rowsOfOne[i]!))));
  return { rows, text: cpuTable(rows, connections, files), files };
}

/** One window seen by several processes: busy time adds up, the busy share is each thread's on average. */
export function addProcesses(rows: readonly TWindowCpu[]): TWindowCpu {
  const sum = (value: (r: TWindowCpu) => number) => rows.reduce((total, r) => total + value(r), 0);
  return {
    ...rows[0]!,
    busyShare: sum((r) => r.busyShare) / rows.length,
    perRequestUs: sum((r) => r.perRequestUs),
    byCategory: Object.fromEntries(cpuCategories.map((c) => [c, sum((r) => r.byCategory[c])])) as TWindowCpu["byCategory"],
    appInclusiveUs: sum((r) => r.appInclusiveUs),
  };
}

export function cpuTable(rows: readonly TWindowCpu[], connections: number, files: readonly string[]): string {
  const threads = files.length;
  const us = (value: number) => Math.round(value);
  return [
    grid(
      `\nwhere the server's time went — µs per request while each target was loaded (${threads > 1 ? `${threads} processes: ` : ""}${files.join(", ")})`,
      ["target", "busy", "busy µs/req", ...shortNames, "app + callees", `${connections} × busy ms${threads > 1 ? ` ÷ ${threads}` : ""}`],
      rows.map((r) => [
        r.name,
        `${Math.round(r.busyShare * 100)} %`,
        us(r.perRequestUs),
        ...cpuCategories.map((c) => us(r.byCategory[c])),
        us(r.appInclusiveUs),
        round((connections * r.perRequestUs) / 1000 / threads, 1),
      ]),
    ),
    "  busy: share of the window each server process's one JavaScript thread was not idle. V8 samples it on the clock, so",
    "  busy time includes moments the OS gave its core to another process (PostgreSQL, the load generator, a second server).",
    "  At ~100 % the thread is saturated: it serves at most 1 / (busy time per request) per second, and each of N requests in",
    "  flight waits about N × (busy time per request) (Little's law; with K processes, divided by K): the last column.",
    "  app: this app's own code (proxy.ts, app/, lib/, components/), traced through the build's source maps; app + callees:",
    "  with everything it called. Next.js includes the React it bundles; Node: HTTP, sockets, streams, URL; async_hooks:",
    "  AsyncLocalStorage's promise hooks (Node 20); GC: V8's garbage collector. Profiling slows the server a little.",
  ].join("\n");
}
