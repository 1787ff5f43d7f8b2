import { getDb } from "@/lib/db";

/** Liveness and database check for scripts and monitors. Reveals nothing but "ok". */
export async function GET(): Promise<Response> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
