import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/catalog";
import { isLocale } from "@/lib/i18n/types";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const m = messagesFor(isLocale(locale) ? locale : "zh");
  return {
    title: { default: m.meta.siteName, template: `%s · ${m.meta.siteName}` },
    description: m.meta.description,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The document in the language of the URL segment (proxy.ts rewrites /courses to /zh/courses or
 * /en/courses). Reads nothing from the request: the header with the user's menu is drawn by the
 * (public) and (site) layouts below.
 */
export default async function LocaleLayout({ children, params }: TProps & { children: ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = messagesFor(locale);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {m.nav.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
