import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getDb } from "../db";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "../db/database-unavailable";

export type TReadiness = {
  ready: boolean;
  database: "ok" | "unreachable" | "error";
  migrations: "ok" | "pending" | "unknown";
  pendingMigrations: string[];
  worker: "running" | "stopped";
};

/** A background-worker probe: the in-process scheduler by default; a job queue registers its own. */
type TWorkerCheck = () => boolean | Promise<boolean>;
const registry = globalThis as unknown as { workerCheck?: TWorkerCheck; jobsTimer?: unknown };

/** Lets the process's background worker (scheduler or job queue) say whether it runs. */
export function registerWorkerCheck(check: TWorkerCheck): void {
  registry.workerCheck = check;
}

const defaultWorkerCheck: TWorkerCheck = () => registry.jobsTimer !== undefined;

async function expectedMigrations(): Promise<string[] | null> {
  try {
    const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return null;
  }
}

/**
 * Whether this process should get traffic: the database answers, every migration folder shipped
 * with the app is applied (Prisma's _prisma_migrations), and the background worker runs. Never
 * throws; reveals migration names only (no hosts, no errors).
 */
export async function checkReadiness(): Promise<TReadiness> {
  const worker = (await (registry.workerCheck ?? defaultWorkerCheck)()) ? "running" : "stopped";
  let applied: string[];
  try {
    const db = await getDb();
    const rows = await db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((row) => row.migration_name);
  } catch (error) {
    const unreachable = isDatabaseUnavailable(error);
    if (unreachable) markDatabaseUnavailable();
    return { ready: false, database: unreachable ? "unreachable" : "error", migrations: "unknown", pendingMigrations: [], worker };
  }
  const expected = await expectedMigrations();
  const pendingMigrations = expected ? expected.filter((name) => !applied.includes(name)) : [];
  const migrations = expected === null ? "unknown" : pendingMigrations.length > 0 ? "pending" : "ok";
  return { ready: migrations !== "pending" && worker === "running", database: "ok", migrations, pendingMigrations, worker };
}
