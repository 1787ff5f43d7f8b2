import { z } from "zod";
import { jsonError } from "@/lib/actions/json-response";
import { assertUser } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json-body";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { saveDraft } from "@/lib/labeling/save-draft";

const ZBody = z.object({
  courseSlug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  setId: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,99}$/),
  itemId: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,99}$/),
  answers: z.record(z.string(), z.unknown()),
});

/** PUT /api/exercises/draft — autosave of the caller's unsubmitted answers to an item. */
export async function PUT(request: Request): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const body = ZBody.safeParse(await readJsonBody(request));
    if (!body.success) throw new AppError("invalidInput");
    await saveDraft(user, body.data);
    return new Response(null, { status: 204 });
  } catch (error) {
    return jsonError(error, locale);
  }
}
