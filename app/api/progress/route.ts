import { z } from "zod";
import { withRouteLog } from "@/lib/log/with-route-log";
import { jsonError } from "@/lib/actions/json-response";
import { assertUser } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json-body";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { saveLessonPosition } from "@/lib/lessons/record-progress";

const ZPosition = z.object({
  courseSlug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  lessonSlug: z.string().regex(/^[a-z0-9-]{1,100}$/),
  position: z.number().int().min(0).max(1000),
});

/** POST /api/progress — the signed-in learner's reading position in a lesson they may read. */
export const POST = withRouteLog("/api/progress", async function postHandler(request: Request): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const parsed = ZPosition.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new AppError("invalidInput");
    await saveLessonPosition(user, parsed.data.courseSlug, parsed.data.lessonSlug, parsed.data.position);
    return new Response(null, { status: 204 });
  } catch (error) {
    return jsonError(error, locale);
  }
});
