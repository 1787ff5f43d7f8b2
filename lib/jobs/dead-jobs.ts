import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";
import { getJobQueue } from "./app-job-queue";
import type { TDeadJob } from "./job-queue";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Jobs that failed through all their retries (newest 20), for the back-office home. Staff only.
 * An unreachable queue shows as none rather than breaking the page.
 */
export async function readDeadJobs(actor: TSessionUser): Promise<TDeadJob[]> {
  assertStaff(actor);
  try {
    return await (await getJobQueue()).listDead(20);
  } catch (error) {
    console.error("[jobs] reading dead-lettered jobs failed", error);
    return [];
  }
}

/**
 * Puts a dead-lettered job back in its queue for one more attempt, and records who did. Staff
 * only; a job that is not dead-lettered (already retried, or a made-up id) is `notFound`.
 */
export async function retryDeadJob(actor: TSessionUser, input: { name: string; id: string }): Promise<void> {
  assertStaff(actor);
  if (!uuid.test(input.id)) throw new AppError("notFound");
  const queue = await getJobQueue();
  if (!(await queue.retryDead(input.name, input.id))) throw new AppError("notFound");
  await recordAudit(await getDb(), { actorId: actor.id, action: "job.retry", entityType: "job", entityId: input.id, after: { name: input.name } });
}
