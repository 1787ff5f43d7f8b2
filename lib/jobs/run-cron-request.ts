import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { getJobQueue } from "./app-job-queue";

/** Longest a cron call runs jobs before answering; serverless functions are commonly cut at 60 s. */
const budgetMs = 45_000;

/** Compares a presented secret with the expected one in constant time (both hashed first, so lengths never leak). */
export function secretMatches(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * POST /api/cron for hosts without a long-lived process: `Authorization: Bearer <CRON_SECRET>`.
 * Queues the schedules of this period (once per period however often it is called) and runs due
 * jobs for up to 45 s. 404 while CRON_SECRET is unset, 401 for a wrong or missing secret.
 */
export async function runCronRequest(request: Request): Promise<Response> {
  const secret = env().CRON_SECRET;
  if (!secret) return Response.json({ error: "notFound" }, { status: 404 });
  const header = request.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  if (!secretMatches(presented, secret)) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  try {
    const result = await (await getJobQueue()).runDue(budgetMs);
    return Response.json({ ok: true, ...result });
  } catch (error) {
    console.error("[jobs] cron run failed", error);
    return Response.json({ ok: false }, { status: 503, headers: { "Retry-After": "60" } });
  }
}
