import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { localInboxIsOpen } from "@/lib/mail/send-mail";

/** Pages rendered per request (signed-in areas, forms, member variants of public pages): the user's menu. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [{ locale, m }, user] = await Promise.all([getMessages(), getCurrentUser()]);
  return (
    <>
      <SiteHeader user={user} locale={locale} m={m} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
    </>
  );
}
