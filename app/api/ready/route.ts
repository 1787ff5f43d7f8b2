import { clearDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { withRouteLog } from "@/lib/log/with-route-log";
import { checkReadiness } from "@/lib/ops/check-readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers and orchestrators: 200 when the database answers, every migration
 * is applied and the background worker runs; 503 (with what is wrong) otherwise.
 */
export const GET = withRouteLog("/api/ready", async function readyHandler(): Promise<Response> {
  const readiness = await checkReadiness();
  if (readiness.database === "ok") clearDatabaseUnavailable();
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(readiness.ready ? {} : { "Retry-After": "5" }) },
  });
});
