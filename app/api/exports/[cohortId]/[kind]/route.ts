import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { attachmentDisposition, isExportKind } from "@/lib/exports/export-kinds";
import { openExport, toByteStream } from "@/lib/exports/stream-export";
import { ZId } from "@/lib/validation/ids";

/**
 * GET /api/exports/:cohortId/:kind[?identities=1] — a cohort's labels as a streamed download
 * (kind: raw.jsonl | preference-pairs.jsonl | sft.jsonl | scores.csv). Instructors get the learners
 * of their classes, staff and admins everyone; learners are pseudonymous unless staff ask for
 * identities. Access and the audit record are settled before the first byte; errors as JSON: 401, 403, 404.
 */
export const GET = defineJsonRoute({
  who: "user",
  params: z.object({ cohortId: ZId, kind: z.string().refine(isExportKind) }),
  async run({ user, params, request }) {
    const withIdentities = new URL(request.url).searchParams.get("identities") === "1";
    const opened = await openExport(user, { cohortId: params.cohortId, kind: params.kind, withIdentities });
    return new Response(toByteStream(opened.chunks), {
      headers: {
        "content-type": opened.contentType,
        "content-disposition": attachmentDisposition(opened.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
