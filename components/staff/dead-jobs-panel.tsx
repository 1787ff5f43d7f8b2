import { retryDeadJobAction } from "@/lib/jobs/actions";
import { ActionButton } from "@/components/forms/action-button";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TDeadJob } from "@/lib/jobs/job-queue";

/** The back-office home's list of background jobs that failed through their retries, each with a button to run it again. */
export function DeadJobsPanel({ jobs, m, locale }: { jobs: TDeadJob[]; m: TMessages; locale: TLocale }) {
  if (jobs.length === 0) return null;
  const d = m.backOffice.deadJobs;
  return (
    <section aria-labelledby="dead-jobs-title" className="mb-6 rounded-2xl border border-red-300 bg-red-50 p-4 text-sm text-red-950" data-testid="dead-jobs">
      <h2 id="dead-jobs-title" className="font-semibold">
        {d.title}
      </h2>
      <p className="mt-1">{d.intro}</p>
      <ul className="mt-3 space-y-3">
        {jobs.map((job) => (
          <li key={job.id} className="flex flex-col gap-2 rounded-xl border border-red-200 bg-white p-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium">{(d.names as Record<string, string>)[job.name] ?? job.name}</p>
              <p className="text-slate-700">
                {d.failedAt} {formatDateTime(job.failedAt, locale)} · {d.attempts} {job.attempts}
              </p>
              <p className="break-words text-slate-700">
                {d.error} {job.error}
              </p>
            </div>
            <ActionButton
              action={retryDeadJobAction}
              hidden={{ name: job.name, id: job.id }}
              label={d.retry}
              pendingLabel={d.retrying}
              successMessage={d.retried}
              persistSuccess
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
