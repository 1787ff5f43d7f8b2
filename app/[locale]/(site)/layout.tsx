import type { ReactNode } from "react";
import { ActionNotices } from "@/components/ui/action-notices";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { localInboxIsOpen } from "@/lib/mail/local-inbox";

/**
 * Pages rendered per request (signed-in areas, forms, member variants of public pages): the user's
 * menu, in the language of the segment proxy.ts chose (the URL's for public pages, else the visitor's).
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const [{ locale, m }, user] = await Promise.all([messagesForParams(params), getCurrentUser()]);
  return (
    <>
      <SiteHeader user={user} locale={locale} m={m} />
      <ActionNotices label={m.nav.notices} dismissLabel={m.nav.dismissNotice}>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
      </ActionNotices>
      <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
    </>
  );
}
