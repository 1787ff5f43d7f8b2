import { z } from "zod";
import { safeString } from "../validation/safe-text";

/**
 * Input schemas for the account forms. Error messages are keys of the `validation` catalog,
 * turned into the user's language by the action wrapper.
 */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }).max(254, { error: "invalidEmail" }));
export const ZPassword = z.string({ error: "required" }).min(8, { error: "passwordTooShort" }).max(200, { error: "passwordTooLong" });
export const ZName = safeString(z.string({ error: "nameRequired" }).trim().min(1, { error: "nameRequired" }).max(50, { error: "nameTooLong" }));
export const ZLocale = z.enum(["zh", "en"], { error: "required" });

export const ZSignUpInput = z.object({ name: ZName, email: ZEmail, password: ZPassword });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }) });
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZEmailOnlyInput = z.object({ email: ZEmail });

export const ZTokenInput = z.object({ token: z.string().min(10, { error: "required" }).max(200, { error: "required" }) });

export const ZResetPasswordInput = z.object({ token: ZTokenInput.shape.token, password: ZPassword });

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }),
  newPassword: ZPassword,
});

export const ZUpdateProfileInput = z.object({ name: ZName, locale: ZLocale });
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;
