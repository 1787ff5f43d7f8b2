import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteShell } from "@/components/shell/site-shell";
import { messagesForParams } from "@/lib/i18n/locale-param";

/**
 * Prerendered lesson pages: one HTML per lesson and language for every reader, so nothing here
 * reads the request. The reader's menu and progress arrive from their state call (client islands).
 */
export default async function ReadingLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, m } = await messagesForParams(params);
  return (
    <SiteShell header={<SiteHeader user={null} reader locale={locale} m={m} />} m={m} notices={true}>
      {children}
    </SiteShell>
  );
}
