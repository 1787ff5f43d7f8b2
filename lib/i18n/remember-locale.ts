import "server-only";
import { getCurrentUser } from "../auth/session";
import { getDb } from "../db";
import { setLocaleCookie } from "./server";
import type { TLocale } from "./types";

/** The language switch: remembers the choice in a cookie for a year and, when signed in, on the account. */
export async function rememberLocaleChoice(locale: TLocale): Promise<void> {
  await setLocaleCookie(locale);
  const user = await getCurrentUser();
  if (user) {
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { locale } });
  }
}

/**
 * Where to go back to after switching: the page the form was on (Referer, this site only: path and
 * query, never another origin), else the home page.
 */
export function pathToReturnTo(referer: string | null, appOrigins: readonly string[]): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (!appOrigins.includes(url.origin) || url.pathname.startsWith("//")) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
