import { jsonError } from "@/lib/actions/json-response";
import { withRouteLog } from "@/lib/log/with-route-log";
import { assertUser } from "@/lib/auth/guards";
import { messagesFor } from "@/lib/i18n/catalog";
import { getLocale } from "@/lib/i18n/server";
import { readRoster } from "@/lib/rosters/read-roster";
import { rosterCsv, rosterFileName } from "@/lib/rosters/roster-csv";
import { parseId } from "@/lib/validation/ids";
import { AppError } from "@/lib/errors";

/**
 * GET /api/staff/cohorts/:cohortId/roster.csv[?classId=] — the roster as a CSV file for Excel
 * (UTF-8 with BOM). Staff get payment columns; an instructor gets the classes they teach without
 * them; access is decided by readRoster. Errors as JSON: 401, 403, 404.
 */
export const GET = withRouteLog("/api/staff/cohorts/[cohortId]/roster.csv", async function getHandler(request: Request, { params }: { params: Promise<{ cohortId: string }> }): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const cohortId = parseId((await params).cohortId);
    const rawClassId = new URL(request.url).searchParams.get("classId");
    const classId = rawClassId ? parseId(rawClassId) : null;
    if (!cohortId || (rawClassId && !classId)) throw new AppError("notFound");
    const roster = await readRoster(user, cohortId, { classId });
    const m = messagesFor(locale);
    return new Response(rosterCsv(roster, m), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="cohort-${roster.cohort.number}-roster.csv"; filename*=UTF-8''${encodeURIComponent(rosterFileName(roster, m))}`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonError(error, locale);
  }
});
