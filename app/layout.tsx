import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ActionNotices } from "@/components/ui/action-notices";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { localInboxIsOpen } from "@/lib/mail/local-inbox";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return {
    title: { default: m.meta.siteName, template: `%s · ${m.meta.siteName}` },
    description: m.meta.description,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, m }, user] = await Promise.all([getMessages(), getCurrentUser()]);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {m.nav.skipToContent}
        </a>
        <SiteHeader user={user} locale={locale} m={m} />
        <ActionNotices label={m.nav.notices} dismissLabel={m.nav.dismissNotice}>
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
        </ActionNotices>
        <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
      </body>
    </html>
  );
}
