import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { interpolate, messagesFor } from "./catalog";
import { localeCookieName, negotiateLocale } from "./negotiate-locale";
import type { TLocale, TMessages } from "./types";

/** The request's UI language (cookie, then Accept-Language, then Chinese). Cached per request. */
export const getLocale = cache(async (): Promise<TLocale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(localeCookieName)?.value, headerList.get("accept-language"));
});

export async function getMessages(): Promise<{ locale: TLocale; m: TMessages; t: typeof interpolate }> {
  const locale = await getLocale();
  return { locale, m: messagesFor(locale), t: interpolate };
}

/** Remembers a language choice for a year. */
export async function setLocaleCookie(locale: TLocale): Promise<void> {
  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
