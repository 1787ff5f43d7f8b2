export const dynamic = "force-dynamic";

/**
 * Liveness: the process is up and answering. It does not touch the database (a database outage
 * must not make an orchestrator restart healthy web processes); readiness is /api/ready.
 */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
