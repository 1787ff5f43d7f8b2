import "server-only";
import { log } from "../../log/logger";
import { deliverDueMails } from "./deliver-due-mails";

/**
 * Best-effort delivery of mails just queued, right after their transaction committed, so a
 * sign-in link arrives within seconds. Never throws: whatever is not sent now stays in the outbox
 * and the next delivery run sends it.
 */
export async function deliverQueuedMails(ids: readonly (string | null | undefined)[]): Promise<void> {
  const wanted = ids.filter((id): id is string => typeof id === "string");
  if (wanted.length === 0) return;
  try {
    await deliverDueMails({ ids: wanted, limit: wanted.length, source: "afterCommit" });
  } catch (error) {
    log().warn({ err: error, outboxIds: wanted }, "immediate mail delivery failed; the scheduler retries");
  }
}
