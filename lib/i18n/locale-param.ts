import { messagesFor } from "./catalog";
import { defaultLocale, isLocale, type TLocale, type TMessages } from "./types";

/**
 * The language of a page from its URL segment (app/[locale]/…, set by proxy.ts), for pages that
 * must not read the request (cached public pages). Anything else than a known language is Chinese.
 */
export async function messagesForParams(params: Promise<{ locale?: string }>): Promise<{ locale: TLocale; m: TMessages }> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  return { locale, m: messagesFor(locale) };
}
