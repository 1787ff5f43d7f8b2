"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { registerUser } from "@/lib/accounts/register-user";
import { reserveMailRequest } from "@/lib/auth/mail-request-limits";
import { getDb } from "@/lib/db";
import { requestClientKey } from "@/lib/http/request-client";
import { resetPasswordWithToken } from "@/lib/accounts/reset-password";
import { sendTokenLink } from "@/lib/accounts/send-token-link";
import { afterSignInPath } from "@/lib/auth/role-home";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { startSession } from "@/lib/auth/sign-in-session";
import { ZEmailOnlyInput, ZResetPasswordInput, ZSignInInput, ZSignUpInput, ZTokenInput } from "@/lib/auth/schemas";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { getLocale } from "@/lib/i18n/server";

/**
 * Where to go afterwards, as sent: never refused (a bad or missing value just means the default
 * page — the account's home after sign-in), see safeReturnPath and afterSignInPath.
 */
const ZNext = z.object({ next: z.unknown() });

export const signUpAction = defineFormAction({
  who: "public",
  schema: ZSignUpInput.extend(ZNext.shape),
  echo: ["name", "email"],
  async run(input) {
    // The same answer whether or not the email is registered: the mail tells the owner the rest.
    await reserveMailRequest(await getDb(), input.email, await requestClientKey());
    await registerUser(input, await getLocale(), { next: safeReturnPath(input.next) });
    return { sent: true };
  },
});

export const signInAction = defineFormAction({
  who: "public",
  schema: ZSignInInput.extend(ZNext.shape),
  echo: ["email"],
  async run(input) {
    const { role } = await startSession("password", { email: input.email, password: input.password }, input.email);
    redirect(afterSignInPath(input.next, role));
  },
});

export const requestMagicLinkAction = defineFormAction({
  who: "public",
  schema: ZEmailOnlyInput,
  echo: ["email"],
  async run(input) {
    await reserveMailRequest(await getDb(), input.email, await requestClientKey());
    await sendTokenLink(input.email, "MAGIC_LINK", { locale: await getLocale() });
    return { sent: true };
  },
});

export const verifyMagicLinkAction = defineFormAction({
  who: "public",
  schema: ZTokenInput.extend(ZNext.shape),
  async run(input) {
    const { role } = await startSession("magic-link", { token: input.token });
    redirect(afterSignInPath(input.next, role));
  },
});

export const forgotPasswordAction = defineFormAction({
  who: "public",
  schema: ZEmailOnlyInput,
  echo: ["email"],
  async run(input) {
    await reserveMailRequest(await getDb(), input.email, await requestClientKey());
    await sendTokenLink(input.email, "PASSWORD_RESET", { locale: await getLocale() });
    return { sent: true };
  },
});

export const resetPasswordAction = defineFormAction({
  who: "public",
  schema: ZResetPasswordInput,
  async run(input) {
    await resetPasswordWithToken(input.token, input.password);
    redirect("/sign-in?reset=1");
  },
});
