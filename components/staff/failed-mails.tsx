import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TFailedMail } from "@/lib/mail/outbox/failed-mails";
import { RetryMailForm } from "./retry-mail-form";

/** The back-office list of mails that could not be sent after every attempt, each with "send again". Renders nothing when there are none. */
export function FailedMails({ mails, m, locale }: { mails: TFailedMail[]; m: TMessages; locale: TLocale }) {
  if (mails.length === 0) return null;
  const o = m.mailOutbox;
  return (
    <section aria-labelledby="failed-mails" className="mt-8 rounded-2xl border border-red-200 bg-red-50 p-4" data-testid="failed-mails">
      <h2 id="failed-mails" className="text-lg font-semibold text-red-900">
        {o.failedTitle} ({mails.length})
      </h2>
      <p className="mb-3 text-sm text-red-900">{o.failedIntro}</p>
      <ul className="space-y-3">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-xl border border-red-200 bg-white p-3 text-sm">
            <p className="font-medium break-words">{mail.subject}</p>
            <p className="text-slate-600 break-all">
              {o.to}: {mail.to} · {o.createdAt}: {formatDateTime(mail.createdAt, locale)} · {o.attempts}: {mail.attempts}
            </p>
            {mail.lastError && (
              <p className="text-slate-600 break-words">
                {o.lastError}: {mail.lastError}
              </p>
            )}
            <RetryMailForm outboxId={mail.id} labels={{ retry: o.retry, retried: o.retried }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
