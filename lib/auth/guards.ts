import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { hasRole } from "./roles";
import { getCurrentUser, type TSessionUser } from "./session";

export { hasRole, roleIncludes } from "./roles";

/** For pages: the signed-in user, or a redirect to sign-in that returns here afterwards. */
export async function requireUser(returnTo?: string): Promise<TSessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For pages: the signed-in user holding one of the roles, else the forbidden page (403). */
export async function requireRole(allowed: readonly Role[], returnTo?: string): Promise<TSessionUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user, allowed)) forbidden();
  return user;
}

/** For actions and route handlers: throws AppError instead of redirecting. */
export async function assertUser(allowed?: readonly Role[]): Promise<TSessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  if (allowed && !hasRole(user, allowed)) throw new AppError("forbidden");
  return user;
}
