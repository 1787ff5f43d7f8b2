import { z } from "zod";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { isAppError } from "../errors";
import type { interpolate } from "../i18n/catalog";
import type { TMessages } from "../i18n/types";

type TFailure = { ok: false; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

/**
 * Turns a zod error, an AppError or anything unexpected into a message in the user's language.
 * Zod messages are keys of the `validation` catalog; unknown keys fall back to "required".
 */
export function toActionFailure(m: TMessages, t: typeof interpolate, error: unknown, values: Record<string, string>): TFailure {
  if (error instanceof z.ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? "form");
      if (fieldErrors[field]) continue;
      const key = issue.message as keyof TMessages["validation"];
      fieldErrors[field] = m.validation[key] ?? m.validation.required;
    }
    return { ok: false, message: m.errors.invalidInput, fieldErrors, values };
  }
  if (isAppError(error)) {
    return { ok: false, message: t(m.errors[error.code], error.params), fieldErrors: {}, values };
  }
  if (isDatabaseUnavailable(error)) return { ok: false, message: m.unavailable.body, fieldErrors: {}, values };
  return { ok: false, message: m.errors.internal, fieldErrors: {}, values };
}
