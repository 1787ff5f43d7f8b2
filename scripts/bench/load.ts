/**
 * Load generation for the page benchmarks: autocannon's programmatic API, with every response's
 * latency recorded from its "response" events (autocannon itself reports p50/p97.5/p99 from an
 * integer-millisecond histogram, no p95), and a static file server started as its own process.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "./start-server";
import { percentile, round } from "./stats";

export type TLoadOptions = { url: string; headers: Record<string, string>; connections: number };

export type TLoad = {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** autocannon's own percentiles (integer-ms histogram), for cross-checking. */
  autocannon: { p50Ms: number; p97_5Ms: number; p99Ms: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerResponse: number;
};

/** `amount` requests, results discarded (JIT, caches, keep-alive sockets). */
export async function warmUp(options: TLoadOptions, amount: number): Promise<void> {
  await autocannon({ ...options, amount: Math.max(amount, options.connections), timeout: 60 });
}

export async function measure(options: TLoadOptions, durationSeconds: number): Promise<TLoad> {
  const latencies: number[] = [];
  let bytes = 0;
  const instance = autocannon({ ...options, duration: durationSeconds, timeout: 60 });
  instance.on("response", (_client: unknown, _status: number, resBytes: number, ms: number) => {
    latencies.push(ms);
    bytes += resBytes;
  });
  const result = await instance;
  return {
    requestsPerSecond: round(result.requests.average),
    requests: latencies.length,
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    maxMs: round(
      latencies.reduce((max, ms) => Math.max(max, ms), 0),
      2,
    ),
    autocannon: { p50Ms: result.latency.p50, p97_5Ms: result.latency.p97_5, p99Ms: result.latency.p99 },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

export type TStaticServer = { url: string; stop: () => Promise<void> };

/** Serves `file` at `urlPath` from scripts/bench/static-file-server.ts in its own process group. */
export async function startStaticServer(root: string, file: string, contentType: string, urlPath: string, preferredPort: number): Promise<TStaticServer> {
  const port = await freePort(preferredPort);
  const script = path.join(root, "scripts/bench/static-file-server.ts");
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [script, file, String(port), contentType, urlPath], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  };
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening ${port}`)) resolve();
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`static server exited (${code}): ${output.slice(-2_000)}`)));
    setTimeout(() => reject(new Error(`static server not ready after 30 s: ${output.slice(-2_000)}`)), 30_000).unref();
  });
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}
