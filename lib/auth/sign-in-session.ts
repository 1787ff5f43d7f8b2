import "server-only";
import { CredentialsSignin } from "next-auth";
import { getDb } from "../db";
import { AppError, appErrorCodes, type TAppErrorCode } from "../errors";
import { setLocaleCookie } from "../i18n/server";
import { signIn } from "./auth";

function toAppError(error: CredentialsSignin): AppError {
  const [code = "invalidCredentials", minutes] = String(error.code).split("|");
  const known = (appErrorCodes as readonly string[]).includes(code) ? (code as TAppErrorCode) : "invalidCredentials";
  return new AppError(known, minutes ? { minutes: Number(minutes) } : {});
}

/**
 * Starts a session through one of the Auth.js credential providers without redirecting, then
 * switches the UI to the account's preferred language. Refusals become AppErrors.
 */
export async function startSession(
  provider: "password" | "magic-link",
  credentials: Record<string, string>,
  email?: string,
): Promise<void> {
  try {
    await signIn(provider, { ...credentials, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) throw toAppError(error);
    throw error;
  }
  const db = await getDb();
  const user = email
    ? await db.user.findUnique({ where: { email }, select: { locale: true } })
    : null;
  if (user) await setLocaleCookie(user.locale);
}
