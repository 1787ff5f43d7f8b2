import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { jsonFieldErrors } from "@/lib/actions/json-response";
import { submitAttemptAnswer } from "@/lib/qualification/submit-attempt-answer";
import { ZContentName } from "@/lib/validation/content-slug";
import { ZId } from "@/lib/validation/ids";

/**
 * POST /api/qualification/answer — save the caller's answer to one item of their running attempt.
 * 200 `{ ok, itemId, savedAt }` (no grade, no gold); 422 with field errors (nothing stored);
 * 400 with code qualificationTimeUp / qualificationFinished when time is up or the attempt was handed in; 401/404.
 */
export const POST = defineJsonRoute({
  who: "user",
  body: z.object({ attemptId: ZId, itemId: ZContentName, answers: z.unknown() }),
  async run({ user, body, locale }) {
    const result = await submitAttemptAnswer(user, body, new Date());
    if (!result.ok) return jsonFieldErrors(result.fieldErrors, locale);
    return { ok: true, itemId: result.itemId, savedAt: result.savedAt.toISOString() };
  },
});
