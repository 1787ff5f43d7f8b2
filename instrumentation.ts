import type { Instrumentation } from "next";

/** Next.js calls this once when a server process starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { productionConfigProblems } = await import("./lib/env");
    const { log } = await import("./lib/log/logger");
    const problems = productionConfigProblems();
    if (problems.length > 0) {
      log().fatal({ problems }, "The server cannot start in production: see .env.example and the README's Configuration.");
      console.error(
        `The server cannot start in production:\n${problems.map((line) => `  - ${line}`).join("\n")}\nSee .env.example and the README's Configuration.`,
      );
      process.exit(1);
    }
    const { startTracing } = await import("./lib/ops/start-tracing");
    const tracing = await startTracing();
    // The job worker (lib/jobs) runs here unless WORKER_MODE says another process does; not awaited:
    // a database that is down at start must not keep the site from answering.
    const { jobWorkerRunning, provideJobs, startJobsInThisProcess } = await import("./lib/jobs/app-job-queue");
    provideJobs((await import("./lib/background/registry")).jobs);
    const { registerWorkerCheck } = await import("./lib/ops/check-readiness");
    const { env } = await import("./lib/env");
    // Ready when this process works the queue, or when WORKER_MODE hands the work to another process or to cron.
    registerWorkerCheck(() => env().WORKER_MODE !== "inline" || jobWorkerRunning());
    void startJobsInThisProcess();
    log().info({ tracing, pid: process.pid }, "server process started");
  }
}

/**
 * Every error Next.js catches while rendering a page, running a server action or a route handler:
 * one JSON log line with the request id; a database that cannot be reached is remembered, so the
 * following requests are answered 503 at once (proxy.ts) until it answers again.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseUnavailable } = await import("./lib/db/database-unavailable");
  const { log } = await import("./lib/log/logger");
  const unreachable = isDatabaseUnavailable(error);
  if (unreachable) markDatabaseUnavailable();
  const requestId = (request.headers as Record<string, string | string[] | undefined>)["x-request-id"];
  const route = context.routePath;
  log()[unreachable ? "warn" : "error"](
    { requestId, method: request.method, route, routeType: context.routeType, err: error, databaseUnreachable: unreachable },
    "request error",
  );
};
