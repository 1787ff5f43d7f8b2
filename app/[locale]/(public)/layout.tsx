import type { ReactNode } from "react";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteShell } from "@/components/shell/site-shell";
import { messagesFor } from "@/lib/i18n/catalog";
import { isLocale } from "@/lib/i18n/types";

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
    <SiteShell header={<SiteHeader user={null} locale={locale} m={m} />} m={m} notices={false}>
      {children}
    </SiteShell>
  );
}
