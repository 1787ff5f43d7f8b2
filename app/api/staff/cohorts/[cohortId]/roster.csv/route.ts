import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { AppError } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/catalog";
import { readRoster } from "@/lib/rosters/read-roster";
import { rosterCsv, rosterFileName } from "@/lib/rosters/roster-csv";
import { parseId, ZId } from "@/lib/validation/ids";

/**
 * GET /api/staff/cohorts/:cohortId/roster.csv[?classId=] — the roster as a CSV file for Excel
 * (UTF-8 with BOM). Staff get payment columns; an instructor gets the classes they teach without
 * them; access is decided by readRoster. Errors as JSON: 401, 403, 404.
 */
export const GET = defineJsonRoute({
  who: "user",
  params: z.object({ cohortId: ZId }),
  async run({ user, params, request, locale }) {
    const rawClassId = new URL(request.url).searchParams.get("classId");
    const classId = rawClassId ? parseId(rawClassId) : null;
    if (rawClassId && !classId) throw new AppError("notFound");
    const roster = await readRoster(user, params.cohortId, { classId });
    const m = messagesFor(locale);
    return new Response(rosterCsv(roster, m), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="cohort-${roster.cohort.number}-roster.csv"; filename*=UTF-8''${encodeURIComponent(rosterFileName(roster, m))}`,
        "cache-control": "private, no-store",
      },
    });
  },
});
