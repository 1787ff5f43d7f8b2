"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/accounts/change-password";
import { updateProfile } from "@/lib/accounts/update-profile";
import { ZChangePasswordInput, ZUpdateProfileInput } from "@/lib/auth/schemas";
import { startSession } from "@/lib/auth/sign-in-session";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { setLocaleCookie } from "@/lib/i18n/server";

export const updateProfileAction = defineFormAction({
  who: "user",
  schema: ZUpdateProfileInput,
  echo: ["name", "locale"],
  async run(input, { user }) {
    await updateProfile(user.id, input);
    await setLocaleCookie(input.locale);
    revalidatePath("/", "layout");
    return { saved: true };
  },
});

export const changePasswordAction = defineFormAction({
  who: "user",
  schema: ZChangePasswordInput,
  async run(input, { user }) {
    await changePassword(user.id, input.currentPassword, input.newPassword);
    // The change ended every session, this one included: sign this browser back in.
    await startSession("password", { email: user.email, password: input.newPassword }, user.email);
    // A fresh request, so the page renders with the new session cookie.
    redirect("/account?passwordChanged=1");
  },
});
