/**
 * The processes check:scale starts: each in its own process group (so `next start`'s next-server
 * child goes with it), its output kept in a file under .data/check-scale for when a check fails.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";

export type TProcess = { name: string; pid: number; kill: (signal: NodeJS.Signals) => void; stop: () => Promise<void>; exited: () => boolean };

const started = new Set<TProcess>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startProcess(root: string, name: string, command: string, args: string[], env: Record<string, string>): TProcess {
  const logDir = path.join(root, ".data/check-scale");
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const child = spawn(command, args, { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let gone = false;
  child.once("exit", () => (gone = true));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const handle: TProcess = {
    name,
    pid: child.pid!,
    kill,
    exited: () => gone,
    stop: async () => {
      started.delete(handle);
      kill("SIGTERM");
      for (let i = 0; i < 50 && !gone; i += 1) await sleep(100);
      kill("SIGKILL");
    },
  };
  started.add(handle);
  return handle;
}

export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...started].map((handle) => handle.stop()));
}

/** Waits until GET url answers 200, or throws after `timeoutMs` (or when the process died). */
export async function waitHealthy(url: string, process: TProcess, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (process.exited()) throw new Error(`${process.name} exited; see .data/check-scale/${process.name}.log`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  throw new Error(`${process.name} did not become healthy at ${url}; see .data/check-scale/${process.name}.log`);
}
