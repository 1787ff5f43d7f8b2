import { z } from "zod";
import { withRouteLog } from "@/lib/log/with-route-log";
import { jsonError, jsonFieldErrors } from "@/lib/actions/json-response";
import { assertUser } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json-body";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { readItemDistribution } from "@/lib/labeling/item-distribution";
import { submitItem } from "@/lib/labeling/submit-item";

const ZBody = z.object({
  courseSlug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  setId: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,99}$/),
  itemId: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,99}$/),
  answers: z.unknown(),
});

/**
 * POST /api/exercises/submit — grade the caller's answers to one item. 200 with the field-by-field
 * grade and the class's anonymous distribution; 422 with field errors (nothing stored); 401/403/404.
 */
export const POST = withRouteLog("/api/exercises/submit", async function postHandler(request: Request): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const body = ZBody.safeParse(await readJsonBody(request));
    if (!body.success) throw new AppError("invalidInput");
    const result = await submitItem(user, body.data);
    if (!result.ok) return jsonFieldErrors(result.fieldErrors, locale);
    const distribution = await readItemDistribution(result.item, { courseSlug: body.data.courseSlug, setId: body.data.setId, cohortId: result.cohortId });
    return Response.json({ ok: true, grade: result.grade, distribution });
  } catch (error) {
    return jsonError(error, locale);
  }
});
