import "server-only";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "../db/database-unavailable";
import { isAppError, type TAppErrorCode } from "../errors";
import { unavailableResponse } from "../http/unavailable-response";
import { log } from "../log/logger";
import { currentRequestContext } from "../log/request-context";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";

const statusOf: Partial<Record<TAppErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  emailNotVerified: 403,
  notFound: 404,
  cohortNotFound: 404,
  holdNotFound: 404,
  invalidInput: 400,
  invalidRequest: 400,
  badUrl: 400,
  crossOriginRequest: 403,
  unsupportedMediaType: 415,
  tooManyAttempts: 429,
  tooManyRequests: 429,
  cohortFull: 409,
  alreadyEnrolled: 409,
  alreadyHolding: 409,
  alreadyWaitlisted: 409,
  seatsGone: 409,
  cohortCancelled: 410,
  enrollmentClosed: 410,
};

/**
 * JSON error for route handlers: expected errors get their status and a message in the caller's
 * language; a database that cannot be reached is answered 503 with Retry-After (the client may
 * simply try again); anything else is logged and answered 500 without details (never a stack trace).
 */
export function jsonError(error: unknown, locale: TLocale): Response {
  const m = messagesFor(locale);
  if (isAppError(error)) {
    return Response.json(
      { ok: false, error: { code: error.code, message: interpolate(m.errors[error.code], error.params) } },
      { status: statusOf[error.code] ?? 400 },
    );
  }
  const context = currentRequestContext();
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnavailable();
    log().warn({ requestId: context?.requestId, route: context?.route, err: error }, "database unreachable; answered 503");
    return unavailableResponse(locale, "json", context?.requestId);
  }
  log().error({ requestId: context?.requestId, route: context?.route, userId: context?.userId, err: error }, "unexpected error in a route");
  return Response.json({ ok: false, error: { code: "internal", message: m.errors.internal } }, { status: 500 });
}

/**
 * 422 for labeling answers refused field by field (nothing stored): each field's error code as a
 * message in the caller's language, `{ ok: false, fieldErrors: { [field]: message } }`.
 */
export function jsonFieldErrors(fieldErrors: Record<string, string>, locale: TLocale): Response {
  const m = messagesFor(locale).labeling.errors as Record<string, string> & { invalidType: string };
  const messages = Object.fromEntries(Object.entries(fieldErrors).map(([field, code]) => [field, m[code] ?? m.invalidType]));
  return Response.json({ ok: false, fieldErrors: messages }, { status: 422 });
}
