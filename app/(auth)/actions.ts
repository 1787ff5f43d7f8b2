"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { registerUser } from "@/lib/accounts/register-user";
import { resetPasswordWithToken } from "@/lib/accounts/reset-password";
import { sendTokenLink } from "@/lib/accounts/send-token-link";
import { afterSignInPath, roleHome } from "@/lib/auth/role-home";
import { startSession } from "@/lib/auth/sign-in-session";
import { ZEmailOnlyInput, ZResetPasswordInput, ZSignInInput, ZSignUpInput, ZTokenInput } from "@/lib/auth/schemas";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { getLocale } from "@/lib/i18n/server";

const ZNext = z.object({ next: z.string().max(500).optional() });

export const signUpAction = defineFormAction({
  who: "public",
  schema: ZSignUpInput.extend(ZNext.shape),
  echo: ["name", "email"],
  async run(input) {
    await registerUser(input, await getLocale());
    const { role } = await startSession("password", { email: input.email, password: input.password }, input.email);
    redirect(afterSignInPath(input.next, role));
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
    await sendTokenLink(input.email, "MAGIC_LINK");
    return { sent: true };
  },
});

export const verifyMagicLinkAction = defineFormAction({
  who: "public",
  schema: ZTokenInput,
  async run(input) {
    const { role } = await startSession("magic-link", { token: input.token });
    redirect(roleHome(role));
  },
});

export const forgotPasswordAction = defineFormAction({
  who: "public",
  schema: ZEmailOnlyInput,
  echo: ["email"],
  async run(input) {
    await sendTokenLink(input.email, "PASSWORD_RESET");
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
