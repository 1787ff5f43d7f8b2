import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readLocalInbox } from "@/lib/mail/read-local-inbox";
import { searchText } from "@/lib/validation/safe-text";

export const metadata: Metadata = { title: "Mail", robots: { index: false } };

/**
 * The HTML part as the iframe's document: its own CSP (no scripts, no network, inline styles
 * only) on top of the iframe's empty sandbox, so a mail can never run code in this page.
 */
function inertMailDocument(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${policy}`) : `${policy}${html}`;
}

/** Linkify URLs in a plain-text mail body; everything else stays escaped text. */
function MailBody({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-800">
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} className="text-brand-700 underline" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const [{ m, locale }, { to }] = await Promise.all([getMessages(), searchParams]);
  const inboxTo = searchText(to, 254);
  const messages = await readLocalInbox(inboxTo);
  if (!messages) notFound();
  return (
    <>
      <PageHeading title={m.devMail.title}>
        <p>{m.devMail.intro}</p>
      </PageHeading>
      <form className="mb-6 flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm font-medium" htmlFor="inbox-to">
          {m.devMail.filter}
        </label>
        <input id="inbox-to" name="to" type="email" defaultValue={inboxTo} className="rounded-lg border border-slate-300 px-3 py-2" />
        <button type="submit" className="rounded-lg border border-slate-300 px-3 py-2 text-sm">
          {m.devMail.show}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="text-slate-600">{m.devMail.empty}</p>
      ) : (
        <ol className="space-y-4" aria-label={m.devMail.title}>
          {messages.map((mail) => (
            <li key={mail.id}>
              <article className="rounded-xl border border-slate-200 p-4" aria-label={mail.subject}>
                <h2 className="font-semibold">{mail.subject}</h2>
                <p className="mb-2 text-xs text-slate-500">
                  {m.devMail.to}: {mail.to} · {formatDateTime(mail.createdAt, locale)}
                </p>
                {mail.html ? (
                  <>
                    <h3 className="mt-3 mb-1 text-xs font-semibold uppercase text-slate-500">{m.devMailParts.html}</h3>
                    <iframe
                      title={interpolate(m.devMailParts.htmlFrameTitle, { subject: mail.subject })}
                      sandbox=""
                      srcDoc={inertMailDocument(mail.html)}
                      className="h-[28rem] w-full rounded-lg border border-slate-200 bg-white"
                      data-testid="mail-html"
                    />
                    <h3 className="mt-3 mb-1 text-xs font-semibold uppercase text-slate-500">{m.devMailParts.text}</h3>
                  </>
                ) : null}
                <MailBody text={mail.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
