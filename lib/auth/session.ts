import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import type { Role } from "../generated/prisma/enums";
import { auth } from "./auth";

export const sessionUserSelect = { id: true, email: true, name: true, role: true, locale: true } as const;
export type TSessionUser = { id: string; email: string; name: string; role: Role; locale: "zh" | "en" };

/**
 * The signed-in user, read fresh from the database once per request (React cache).
 * Returns null when signed out, when the user no longer exists, or when the session was
 * issued before the last password change.
 */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { ...sessionUserSelect, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  const { sessionVersion: _version, ...rest } = user;
  return rest;
});
