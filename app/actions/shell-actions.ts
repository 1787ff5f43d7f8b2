"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/types";
import { setLocaleCookie } from "@/lib/i18n/server";

/** Language switch in the header: remembers the choice in a cookie and, when signed in, on the account. */
export async function switchLocaleAction(formData: FormData): Promise<void> {
  // A direct POST may send anything as the argument: only a form with a known language counts.
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  await setLocaleCookie(locale);
  const user = await getCurrentUser();
  if (user) {
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { locale } });
  }
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
