import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteShell } from "@/components/shell/site-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { messagesForParams } from "@/lib/i18n/locale-param";

/**
 * Pages rendered per request (signed-in areas, forms, member variants of public pages): the user's
 * menu, in the language of the segment proxy.ts chose (the URL's for public pages, else the visitor's).
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const [{ locale, m }, user] = await Promise.all([messagesForParams(params), getCurrentUser()]);
  return (
    <SiteShell header={<SiteHeader user={user} locale={locale} m={m} />} m={m} notices={true}>
      {children}
    </SiteShell>
  );
}
