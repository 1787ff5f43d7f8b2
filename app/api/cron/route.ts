import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { jobs } from "@/lib/background/registry";
import { provideJobs } from "@/lib/jobs/app-job-queue";
import { runCronRequest } from "@/lib/jobs/run-cron-request";

/** A serverless host's cron runs due background jobs here; proven by its secret, not a session (lib/jobs/run-cron-request.ts). */
export const POST = defineJsonRoute({
  who: "public",
  async run({ request }) {
    provideJobs(jobs);
    return runCronRequest(request);
  },
});
