import "server-only";
import { getCurrentUser } from "../auth/session";
import { getDb } from "../db";
import { setLocaleCookie } from "../i18n/server";
import type { TLocale } from "../i18n/types";

/** The language switch: remembers the choice in a cookie for a year and, when signed in, on the account. */
export async function rememberLocaleChoice(locale: TLocale): Promise<void> {
  await setLocaleCookie(locale);
  const user = await getCurrentUser();
  if (user) {
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { locale } });
  }
}
