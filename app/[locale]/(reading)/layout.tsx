import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { ActionNotices } from "@/components/ui/action-notices";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { localInboxIsOpen } from "@/lib/mail/local-inbox";

/**
 * Prerendered lesson pages: one HTML per lesson and language for every reader, so nothing here
 * reads the request. The reader's menu and progress arrive from their state call (client islands).
 */
export default async function ReadingLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, m } = await messagesForParams(params);
  return (
    <>
      <SiteHeader user={null} reader locale={locale} m={m} />
      <ActionNotices label={m.nav.notices} dismissLabel={m.nav.dismissNotice}>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
      </ActionNotices>
      <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
    </>
  );
}
