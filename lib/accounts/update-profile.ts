import "server-only";
import type { TUpdateProfileInput } from "../auth/schemas";
import { getDb } from "../db";

/** Updates the caller's own name and preferred language (scoped by the caller's id). */
export async function updateProfile(userId: string, input: TUpdateProfileInput): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { name: input.name, locale: input.locale } });
}
