import { runCronRequest } from "@/lib/jobs/run-cron-request";

/** A serverless host's cron runs due background jobs here (see lib/jobs/run-cron-request.ts). */
export async function POST(request: Request): Promise<Response> {
  return runCronRequest(request);
}
