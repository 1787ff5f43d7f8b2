import { jsonError } from "@/lib/actions/json-response";
import { withRouteLog } from "@/lib/log/with-route-log";
import { assertUser } from "@/lib/auth/guards";
import { holdSeat } from "@/lib/enrollment/hold-seat";
import { getLocale } from "@/lib/i18n/server";
import { parseId } from "@/lib/validation/ids";
import { AppError } from "@/lib/errors";

/**
 * POST /api/cohorts/:cohortId/holds — the signed-in learner takes a seat hold (JSON).
 * 201 with the hold; 401 signed out; 404 unknown cohort; 409 full / already holding or enrolled;
 * 410 closed or cancelled. Used by scripts and the rush benchmark; the site's form uses the
 * same domain function through a server action.
 */
export const POST = withRouteLog("/api/cohorts/[cohortId]/holds", async function postHandler(_request: Request, { params }: { params: Promise<{ cohortId: string }> }): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const cohortId = parseId((await params).cohortId);
    if (!cohortId) throw new AppError("cohortNotFound");
    const hold = await holdSeat({ userId: user.id, cohortId });
    return Response.json({ ok: true, hold: { id: hold.holdId, expiresAt: hold.expiresAt.toISOString() } }, { status: 201 });
  } catch (error) {
    return jsonError(error, locale);
  }
});
