import "server-only";
import { getJobQueue, jobsProvided } from "./app-job-queue";
import type { TJobName } from "./job-names";

/**
 * Queues a one-off job for the moment something falls due (a hold's expiry, a group's deadline),
 * once per `key`. Call it right after the commit that created the deadline. Never throws: if the
 * queue cannot be reached now, the job's sweeping schedule does the same work within a minute.
 * A process without the site's jobs (a script, a test of another domain) queues nothing.
 */
export async function scheduleJobAt(name: TJobName, data: Record<string, unknown>, at: Date, key: string): Promise<void> {
  if (!jobsProvided()) return;
  try {
    await (await getJobQueue()).sendAt(name, data, at, key);
  } catch (error) {
    console.error(`[jobs] could not queue ${name} for ${key}; its sweep will do it`, error);
  }
}
