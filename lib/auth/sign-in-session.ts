import "server-only";
import { CredentialsSignin } from "next-auth";
import { getDb } from "../db";
import { AppError, appErrorCodes, type TAppErrorCode } from "../errors";
import { setLocaleCookie } from "../i18n/server";
import type { Role } from "../generated/prisma/enums";
import { signIn } from "./auth";
import { normalizeEmail } from "./normalize-email";
import { readTokenOwner } from "./one-time-tokens";

function toAppError(error: CredentialsSignin): AppError {
  const [code = "invalidCredentials", minutes] = String(error.code).split("|");
  const known = (appErrorCodes as readonly string[]).includes(code) ? (code as TAppErrorCode) : "invalidCredentials";
  return new AppError(known, minutes ? { minutes: Number(minutes) } : {});
}

/**
 * Starts a session through one of the Auth.js credential providers without redirecting, then
 * switches the UI to the account's preferred language. Refusals become AppErrors. Returns the
 * signed-in account's role, so the caller can send the person to their home page.
 */
export async function startSession(provider: "password" | "magic-link", credentials: Record<string, string>, email?: string): Promise<{ role: Role }> {
  try {
    await signIn(provider, { ...credentials, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) throw toAppError(error);
    throw error;
  }
  const db = await getDb();
  if (email) {
    const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { locale: true, role: true } });
    if (user) {
      await setLocaleCookie(user.locale);
      return { role: user.role };
    }
  }
  const ownerId = credentials.token ? await readTokenOwner(db, credentials.token) : null;
  const owner = ownerId ? await db.user.findUnique({ where: { id: ownerId }, select: { role: true } }) : null;
  return { role: owner?.role ?? "LEARNER" };
}
