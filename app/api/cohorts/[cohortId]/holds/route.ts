import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { revalidatePublicPagesOnce } from "@/lib/page-cache/revalidate-public-pages";
import { holdSeat } from "@/lib/enrollment/hold-seat";
import { ZId } from "@/lib/validation/ids";

/**
 * POST /api/cohorts/:cohortId/holds — the signed-in learner takes a seat hold (JSON).
 * 201 with the hold; 401 signed out; 404 unknown cohort; 409 full / already holding or enrolled;
 * 410 closed or cancelled. Used by scripts and the rush benchmark; the site's form uses the
 * same domain function through a server action.
 */
export const POST = defineJsonRoute({
  who: "user",
  params: z.object({ cohortId: ZId }),
  async run({ user, params }) {
    const hold = await holdSeat({ userId: user.id, cohortId: params.cohortId });
    revalidatePublicPagesOnce(hold.commit);
    return Response.json({ ok: true, hold: { id: hold.holdId, expiresAt: hold.expiresAt.toISOString() } }, { status: 201 });
  },
});
