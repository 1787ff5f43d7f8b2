import { getCurrentUser } from "@/lib/auth/session";
import { withRouteLog } from "@/lib/log/with-route-log";
import { buildCohortCalendar } from "@/lib/enrollment/build-cohort-calendar";
import { getLocale } from "@/lib/i18n/server";
import { parseId } from "@/lib/validation/ids";

/** GET /api/calendar/:cohortId — the signed-in learner's schedule as an RFC 5545 file. */
export const GET = withRouteLog("/api/calendar/[cohortId]", async function getHandler(_request: Request, { params }: { params: Promise<{ cohortId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first / 请先登录", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const cohortId = parseId((await params).cohortId);
  const ics = cohortId ? await buildCohortCalendar(user.id, cohortId, await getLocale()) : null;
  if (!ics) return new Response("Not found / 未找到", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="cohort-${cohortId}.ics"`,
      "cache-control": "private, no-store",
    },
  });
});
