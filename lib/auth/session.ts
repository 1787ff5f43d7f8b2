import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "../db";
import { authSecret } from "../env";
import type { Role } from "../generated/prisma/enums";
import { readSessionClaims } from "./read-session-cookie";
import { noteRequestUser } from "../log/request-context";
import { readActiveSession } from "./auth-sessions";

export const sessionUserSelect = { id: true, email: true, name: true, role: true, locale: true } as const;
export type TSessionUser = { id: string; email: string; name: string; role: Role; locale: "zh" | "en" };

/**
 * The signed-in user, read fresh from the database once per request (React cache), through the
 * server-side session the cookie names (read as auth() reads it, see readSessionClaims). Returns
 * null when signed out, when that session was revoked (signed out elsewhere with a copy of the cookie) or has expired, when the user no longer
 * exists, or when the session was issued before the last password change.
 */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const session = await readSessionClaims(cookieStore.getAll(), { secret: authSecret(), forwardedProto: headerList.get("x-forwarded-proto") });
  if (!session) return null;
  const user = await readActiveSession(await getDb(), session.sessionId);
  if (!user || user.id !== session.userId || user.sessionVersion !== session.sessionVersion) return null;
  const { sessionVersion: _version, ...rest } = user;
  noteRequestUser(rest.id);
  return rest;
});
