/**
 * npm run worker — the job worker alone, for deployments that run web processes with
 * WORKER_MODE=off (see the README's Deploying). Same database settings as the site
 * (DATABASE_URL; the embedded PGlite only when no web process has it open). Stops on SIGTERM/SIGINT,
 * letting running jobs finish.
 */
import { closeDb } from "../lib/db";
import { productionConfigProblems } from "../lib/env";
import { jobs } from "../lib/background/registry";
import { provideJobs, startWorkerWithRetry, stopJobQueue } from "../lib/jobs/app-job-queue";

const problems = productionConfigProblems();
if (problems.length > 0) {
  console.error(`The worker cannot start in production:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
  process.exit(1);
}

provideJobs(jobs);
await startWorkerWithRetry();
console.info(`[jobs] worker ${process.pid} started`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.info(`[jobs] ${signal}: stopping the worker`);
    void stopJobQueue()
      .then(() => closeDb())
      .finally(() => process.exit(0));
  });
}
