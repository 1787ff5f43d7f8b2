import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { messagesFor } from "@/lib/i18n/catalog";
import { isLocale } from "@/lib/i18n/types";
import { localInboxIsOpen } from "@/lib/mail/local-inbox";

/**
 * Pages for anonymous visitors, rendered once per language and cached (ISR): no session, no
 * cookie is read here. proxy.ts sends signed-in visitors to the same pages under /member
 * (the (site) layout, rendered per request with their menu).
 */
export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "zh";
  const m = messagesFor(locale);
  return (
    <>
      <SiteHeader user={null} locale={locale} m={m} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
    </>
  );
}
