/**
 * The production build under test: builds when needed, runs `next start` in its own process group
 * (so stopping it also stops next-server, which `next start` forks) and waits for /api/health.
 * Callers name the routes the build must have (default: the holds endpoint of bench:rush); build
 * progress goes to stderr, so a benchmark's --json stdout stays one line.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const holdsRoute = "/api/cohorts/[cohortId]/holds";

export type TServer = { url: string; port: number; stop: () => Promise<void> };

/** Stops of servers spawned and not yet stopped, for cleanup on errors and signals during start-up. */
const running = new Set<() => Promise<void>>();

export async function stopStartedServers(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Missing build, or a build older than one of the required routes: the reason to build, else null. */
function buildNeeded(root: string, routes: readonly string[]): string | null {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) return ".next/BUILD_ID is missing";
  try {
    const manifest = readFileSync(path.join(root, ".next/app-path-routes-manifest.json"), "utf8");
    const missing = routes.find((route) => !manifest.includes(`"${route}"`));
    return missing ? `the build has no ${missing} route` : null;
  } catch {
    return ".next/app-path-routes-manifest.json is missing";
  }
}

export function ensureBuild(root: string, routes: readonly string[] = [holdsRoute]): void {
  const reason = buildNeeded(root, routes);
  if (!reason) return;
  for (let attempt = 1; attempt <= 3; attempt++) {
    console.error(`building (${reason}): npx next build …`);
    const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: ["ignore", 2, 2], env: { ...process.env, NODE_ENV: "production" } });
    if (result.status === 0 && !buildNeeded(root, routes)) return;
    console.error(`build attempt ${attempt} failed (another build may be running); retrying in 30 s`);
    spawnSync("sleep", ["30"]);
  }
  throw new Error("next build failed three times");
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${preferred}..${preferred + 99}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function startOnce(root: string, port: number, env: Record<string, string>): Promise<TServer> {
  const url = `http://127.0.0.1:${port}`;
  // No -H: with a hostname other than localhost, Next.js 16 sends proxy.ts rewrites out as HTTP
  // proxying to http://localhost:port ("Failed to proxy … socket hang up").
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when stopped (node --cpu-prof).
  const profileDir = process.env.BENCH_CPU_PROF;
  const command = profileDir
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)]]
    : [path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)]];
  const child = spawn(command[0] as string, command[1] as string[], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // Production refuses to start without Stripe's settings: benchmarks opt into the stand-in explicitly.
    env: {
      STRIPE_LOCAL_URL: "http://127.0.0.1:12111",
      STRIPE_WEBHOOK_SECRET: "whsec_bench_not_for_production",
      ...process.env,
      ...env,
      APP_URL: url,
      NODE_ENV: "production",
      PORT: String(port),
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    running.delete(stop);
    killGroup(child, "SIGTERM");
    const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!done) killGroup(child, "SIGKILL");
    // next-server may outlive `next start`: make sure nothing of the group is left.
    if (child.pid !== undefined)
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
  };
  running.add(stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return { url, port, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`next start did not become healthy on ${url}. Last output:\n${output}`);
}

/** Starts the server; when it fails (e.g. a rebuild in progress), waits and tries again. */
export async function startServer(
  root: string,
  preferredPort: number,
  env: Record<string, string>,
  routes: readonly string[] = [holdsRoute],
): Promise<TServer> {
  for (let attempt = 1; ; attempt++) {
    ensureBuild(root, routes);
    const port = await freePort(preferredPort);
    try {
      return await startOnce(root, port, env);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`server start failed (attempt ${attempt}); retrying in 30 s\n${(error as Error).message}`);
      await sleep(30_000);
    }
  }
}
