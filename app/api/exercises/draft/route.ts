import { z } from "zod";
import { withRouteLog } from "@/lib/log/with-route-log";
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
export const PUT = withRouteLog("/api/exercises/draft", async function putHandler(request: Request): Promise<Response> {
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
});
