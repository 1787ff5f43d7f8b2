import { z } from "zod";
import { withRouteLog } from "@/lib/log/with-route-log";
import { jsonError, jsonFieldErrors } from "@/lib/actions/json-response";
import { assertUser } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json-body";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { ZId } from "@/lib/validation/ids";
import { submitAttemptAnswer } from "@/lib/qualification/submit-attempt-answer";

const ZBody = z.object({
  attemptId: ZId,
  itemId: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,99}$/),
  answers: z.unknown(),
});

/**
 * POST /api/qualification/answer — save the caller's answer to one item of their running attempt.
 * 200 `{ ok, itemId, savedAt }` (no grade, no gold); 422 with field errors (nothing stored);
 * 400 with code qualificationTimeUp / qualificationFinished when time is up or the attempt was handed in; 401/404.
 */
export const POST = withRouteLog("/api/qualification/answer", async function postHandler(request: Request): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const body = ZBody.safeParse(await readJsonBody(request));
    if (!body.success) throw new AppError("invalidInput");
    const result = await submitAttemptAnswer(user, body.data, new Date());
    if (!result.ok) return jsonFieldErrors(result.fieldErrors, locale);
    return Response.json({ ok: true, itemId: result.itemId, savedAt: result.savedAt.toISOString() });
  } catch (error) {
    return jsonError(error, locale);
  }
});
