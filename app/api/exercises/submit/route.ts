import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { jsonFieldErrors } from "@/lib/actions/json-response";
import { readItemDistribution } from "@/lib/labeling/item-distribution";
import { submitItem } from "@/lib/labeling/submit-item";
import { ZContentName } from "@/lib/validation/content-slug";

/**
 * POST /api/exercises/submit — grade the caller's answers to one item. 200 with the field-by-field
 * grade and the class's anonymous distribution; 422 with field errors (nothing stored); 401/403/404.
 */
export const POST = defineJsonRoute({
  who: "user",
  body: z.object({ courseSlug: ZContentName, setId: ZContentName, itemId: ZContentName, answers: z.unknown() }),
  async run({ user, body, locale }) {
    const result = await submitItem(user, body);
    if (!result.ok) return jsonFieldErrors(result.fieldErrors, locale);
    const distribution = await readItemDistribution(result.item, { courseSlug: body.courseSlug, setId: body.setId, cohortId: result.cohortId });
    return { ok: true, grade: result.grade, distribution };
  },
});
