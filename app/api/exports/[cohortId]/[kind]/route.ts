import { jsonError } from "@/lib/actions/json-response";
import { withRouteLog } from "@/lib/log/with-route-log";
import { assertUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { attachmentDisposition, isExportKind } from "@/lib/exports/export-kinds";
import { openExport, toByteStream } from "@/lib/exports/stream-export";
import { getLocale } from "@/lib/i18n/server";
import { parseId } from "@/lib/validation/ids";

/**
 * GET /api/exports/:cohortId/:kind[?identities=1] — a cohort's labels as a streamed download
 * (kind: raw.jsonl | preference-pairs.jsonl | sft.jsonl | scores.csv). Instructors get the learners
 * of their classes, staff and admins everyone; learners are pseudonymous unless staff ask for
 * identities. Access and the audit record are settled before the first byte; errors as JSON: 401, 403, 404.
 */
export const GET = withRouteLog("/api/exports/[cohortId]/[kind]", async function getHandler(request: Request, { params }: { params: Promise<{ cohortId: string; kind: string }> }): Promise<Response> {
  const locale = await getLocale();
  try {
    const user = await assertUser();
    const { cohortId: rawCohortId, kind } = await params;
    const cohortId = parseId(rawCohortId);
    if (!cohortId || !isExportKind(kind)) throw new AppError("notFound");
    const withIdentities = new URL(request.url).searchParams.get("identities") === "1";
    const opened = await openExport(user, { cohortId, kind, withIdentities });
    return new Response(toByteStream(opened.chunks), {
      headers: {
        "content-type": opened.contentType,
        "content-disposition": attachmentDisposition(opened.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return jsonError(error, locale);
  }
});
