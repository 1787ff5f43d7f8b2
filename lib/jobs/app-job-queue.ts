import "server-only";
import { getSqlExecutor } from "../db";
import { env } from "../env";
import { openJobQueue, type TJobDefinition, type TJobQueue } from "./job-queue";

const globalForJobs = globalThis as unknown as { jobQueuePromise?: Promise<TJobQueue>; jobQueueWorker?: boolean; jobDefinitions?: readonly TJobDefinition[] };

/**
 * Hands this process the site's jobs (lib/background/registry.ts). The entry points call it first
 * (instrumentation.ts, scripts/worker.ts, /api/cron): the domain that queues jobs cannot import
 * the registry, which imports the domain.
 */
export function provideJobs(jobs: readonly TJobDefinition[]): void {
  globalForJobs.jobDefinitions ??= jobs;
}

/** Whether this process was handed the site's jobs: without them it queues nothing (tests of other domains). */
export function jobsProvided(): boolean {
  return globalForJobs.jobDefinitions !== undefined;
}

/**
 * This process's job queue, opened on first use on the app's database connections (PGlite's one
 * connection on the embedded database, the pg pool on PostgreSQL). `worker` decides, at the first
 * call only, whether this process also works the queues; otherwise it only sends jobs.
 */
export function getJobQueue(options: { worker?: boolean } = {}): Promise<TJobQueue> {
  const jobs = globalForJobs.jobDefinitions;
  if (!jobs) return Promise.reject(new Error("no jobs provided to this process (provideJobs)"));
  globalForJobs.jobQueueWorker ??= options.worker === true;
  globalForJobs.jobQueuePromise ??= (async () => openJobQueue({ jobs, executeSql: await getSqlExecutor(), worker: globalForJobs.jobQueueWorker }))();
  globalForJobs.jobQueuePromise.catch(() => {
    // A failed open (database down at start) is tried again by the next caller.
    globalForJobs.jobQueuePromise = undefined;
  });
  return globalForJobs.jobQueuePromise;
}

/**
 * Starts the worker inside this process unless WORKER_MODE=off (a separate `npm run worker`, or a
 * serverless host calling POST /api/cron). Called once by instrumentation.ts; never throws: a
 * database that is down at start is retried every 30 seconds.
 */
export async function startJobsInThisProcess(): Promise<void> {
  if (env().WORKER_MODE === "off") return;
  await startWorkerWithRetry();
}

let workerRunning = false;

/** Whether this process works the queue now (for /api/ready); false after stopJobQueue. */
export function jobWorkerRunning(): boolean {
  return workerRunning;
}

/** Opens the queue as a worker and starts working it; retried every 30 s while the database is unreachable. */
export async function startWorkerWithRetry(): Promise<TJobQueue> {
  for (;;) {
    try {
      const queue = await getJobQueue({ worker: true });
      await queue.startWorker();
      workerRunning = true;
      return queue;
    } catch (error) {
      console.error("[jobs] the job worker could not start; trying again in 30 s", error);
      await new Promise((resolve) => setTimeout(resolve, 30_000).unref());
    }
  }
}

/** Closes the queue (scripts and tests). */
export async function stopJobQueue(): Promise<void> {
  const opened = globalForJobs.jobQueuePromise;
  globalForJobs.jobQueuePromise = undefined;
  globalForJobs.jobQueueWorker = undefined;
  workerRunning = false;
  if (opened) await (await opened.catch(() => undefined))?.stop();
}
