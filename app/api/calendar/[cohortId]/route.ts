import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { buildCohortCalendar } from "@/lib/enrollment/build-cohort-calendar";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/validation/ids";

/** GET /api/calendar/:cohortId — the signed-in learner's schedule as an RFC 5545 file. */
export const GET = defineJsonRoute({
  who: "user",
  params: z.object({ cohortId: ZId }),
  async run({ user, params, locale }) {
    const ics = await buildCohortCalendar(user.id, params.cohortId, locale);
    if (!ics) throw new AppError("notFound");
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="cohort-${params.cohortId}.ics"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
