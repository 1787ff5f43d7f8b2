import PgBoss from "pg-boss";
import type { TExecuteSql } from "../db/create-client";

/** A kind of background work: one pg-boss queue. Adding a job to the site is one entry in registry.ts. */
export type TJobDefinition = {
  /** Queue name, `domain.verb` (e.g. `groups.settle-one`). */
  name: string;
  /** Does the work. Throwing marks the attempt failed: it is retried with backoff, then dead-lettered. */
  run: (data: Record<string, unknown>, context: { now: Date }) => Promise<unknown>;
  /** A schedule: run every N minutes (1–60, dividing 60), once per period across all processes. */
  everyMinutes?: number;
  /** Attempts after the first before the job is dead-lettered (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry, doubled at each further one (default 30). */
  retryDelaySeconds?: number;
};

export type TDeadJob = { id: string; name: string; data: unknown; error: string; attempts: number; failedAt: Date };

export type TJobQueue = {
  /** Queues a job to run at `at` (at once when past). One waiting job per `key` and queue: a second request for the same key is dropped. */
  sendAt: (name: string, data: Record<string, unknown>, at: Date, key?: string) => Promise<void>;
  /** Starts this process's worker (opened with `worker: true`): schedules, polling every queue. Idempotent. */
  startWorker: () => Promise<void>;
  /** Serverless: queues the schedules due in this period, then runs due jobs until none are left or `budgetMs` passed. */
  runDue: (budgetMs: number) => Promise<{ ran: number; failed: number }>;
  /** Jobs that used up their retries, newest first. */
  listDead: (limit: number) => Promise<TDeadJob[]>;
  /** Puts a dead-lettered job back in its queue. Returns whether one was found. */
  retryDead: (name: string, id: string) => Promise<boolean>;
  stop: () => Promise<void>;
};

export type TJobQueueOptions = {
  jobs: readonly TJobDefinition[];
  executeSql: TExecuteSql;
  /** PostgreSQL schema of the queue's tables (tests use their own). */
  schema?: string;
  /** This process works the queues (then pg-boss also runs its cron clock and upkeep: expiring, archiving). */
  worker?: boolean;
  pollingSeconds?: number;
  log?: (line: string, error?: unknown) => void;
};

const deadAfterDays = 14;

/**
 * Opens the queue on a database connection (the app's own pool, or PGlite's one connection) and
 * creates pg-boss's tables and one queue per job when missing. Every queue is `stately`: at most
 * one waiting and one running job per key, so schedules and repeated requests never pile up. A
 * job is taken by one worker only (`FOR UPDATE SKIP LOCKED`); one whose time came while no
 * worker ran is taken at the next start; a schedule fires once per period whatever the number of
 * workers (pg-boss keeps the cron clock in the database).
 */
export async function openJobQueue(options: TJobQueueOptions): Promise<TJobQueue> {
  const log = options.log ?? ((line, error) => (error ? console.error(line, error) : console.info(line)));
  const schema = options.schema ?? "pgboss";
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  const db = { executeSql: (text: string, values: unknown[]) => options.executeSql(text, values) };
  const boss = new PgBoss({
    db,
    schema,
    supervise: options.worker === true,
    schedule: options.worker === true,
    archiveFailedAfterSeconds: deadAfterDays * 86_400,
    deleteAfterDays: 30,
    cronMonitorIntervalSeconds: 30,
  } as PgBoss.ConstructorOptions);
  boss.on("error", (error) => log("[jobs] queue error", error));
  await boss.start();
  for (const job of options.jobs) {
    const queue: PgBoss.Queue = {
      name: job.name,
      policy: "stately",
      retryLimit: job.retryLimit ?? 5,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
    };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
  }

  async function runOne(job: TJobDefinition, data: unknown): Promise<void> {
    const started = Date.now();
    try {
      await job.run((data ?? {}) as Record<string, unknown>, { now: new Date() });
      // Schedules run every minute or few: only one-off jobs and failures are worth a line.
      if (!job.everyMinutes) log(`[jobs] ${job.name} done in ${Date.now() - started} ms`);
    } catch (error) {
      log(`[jobs] ${job.name} failed after ${Date.now() - started} ms`, error);
      throw error;
    }
  }

  let working = false;
  return {
    async sendAt(name, data, at, key) {
      if (!byName.has(name)) throw new Error(`unknown job ${name}`);
      await boss.send(name, data, { startAfter: at, ...(key ? { singletonKey: key } : {}) });
    },
    async startWorker() {
      if (working) return;
      if (options.worker !== true) throw new Error("this job queue was opened without worker: true");
      working = true;
      for (const job of options.jobs) {
        if (job.everyMinutes) await boss.schedule(job.name, cronEvery(job.everyMinutes), {}, { singletonKey: "schedule" });
        else await boss.unschedule(job.name);
        await boss.work(job.name, { pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async ([item]) => {
          if (item) await runOne(job, item.data);
        });
      }
    },
    async runDue(budgetMs) {
      const deadline = Date.now() + budgetMs;
      for (const job of options.jobs) {
        if (!job.everyMinutes) continue;
        const seconds = job.everyMinutes * 60;
        // One send per period: pg-boss's unique (name, period, key) index drops the others.
        await boss.send(job.name, {}, { singletonKey: "schedule", singletonSeconds: seconds });
      }
      await boss.maintain();
      let ran = 0;
      let failed = 0;
      for (const job of options.jobs) {
        while (Date.now() < deadline) {
          const [item] = (await boss.fetch(job.name, { batchSize: 1 })) ?? [];
          if (!item) break;
          try {
            await runOne(job, item.data);
            await boss.complete(job.name, item.id);
            ran += 1;
          } catch (error) {
            await boss.fail(job.name, item.id, { message: errorMessage(error) });
            failed += 1;
          }
        }
      }
      return { ran, failed };
    },
    async listDead(limit) {
      const { rows } = await options.executeSql(
        `SELECT id, name, data, output, retry_count, completed_on FROM ${schema}.job WHERE state = 'failed' ORDER BY completed_on DESC LIMIT $1`,
        [limit],
      );
      return (rows as { id: string; name: string; data: unknown; output: unknown; retry_count: number; completed_on: Date | string }[]).map((row) => ({
        id: row.id,
        name: row.name,
        data: row.data,
        error: errorMessage(row.output),
        attempts: row.retry_count + 1,
        failedAt: new Date(row.completed_on),
      }));
    },
    async retryDead(name, id) {
      if (!byName.has(name)) return false;
      const { rows } = await options.executeSql(`SELECT 1 FROM ${schema}.job WHERE name = $1 AND id = $2 AND state = 'failed'`, [name, id]);
      if (rows.length === 0) return false;
      await boss.retry(name, id);
      return true;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** `*\/5 * * * *` for every 5 minutes; hourly for 60. */
export function cronEvery(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60 || 60 % minutes !== 0) throw new Error(`everyMinutes must divide 60: ${minutes}`);
  return minutes === 60 ? "0 * * * *" : minutes === 1 ? "* * * * *" : `*/${minutes} * * * *`;
}

function errorMessage(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (value && typeof value === "object" && "message" in value && typeof value.message === "string") return value.message;
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}
