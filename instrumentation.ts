/** Next.js calls this once when a server process starts (not during `next build`). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  }
}
