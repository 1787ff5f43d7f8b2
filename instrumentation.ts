/** Next.js calls this once when a server process starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { productionConfigProblems } = await import("./lib/env");
    const problems = productionConfigProblems();
    if (problems.length > 0) {
      console.error(
        `The server cannot start in production:\n${problems.map((line) => `  - ${line}`).join("\n")}\nSee .env.example and the README's Configuration.`,
      );
      process.exit(1);
    }
    // The job worker (lib/jobs) runs here unless WORKER_MODE says another process does; not awaited:
    // a database that is down at start must not keep the site from answering.
    const { provideJobs, startJobsInThisProcess } = await import("./lib/jobs/app-job-queue");
    provideJobs((await import("./lib/background/registry")).jobs);
    void startJobsInThisProcess();
  }
}
