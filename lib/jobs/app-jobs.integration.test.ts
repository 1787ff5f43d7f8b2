import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getSqlExecutor } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { joinWaitlist } from "../enrollment/join-waitlist";
import { resetEnvForTests } from "../env";
import { createTestCohort, createTestUsers } from "../testing/fixtures";
import { useTestDatabase } from "../testing/test-database";
import { startWorkerWithRetry, stopJobQueue } from "./app-job-queue";
import { runCronRequest } from "./run-cron-request";

/** The site's own jobs (registry.ts) on the test database: deadlines queued by the domain run at their moment. */
let database: Awaited<ReturnType<typeof useTestDatabase>>;

beforeAll(async () => {
  database = await useTestDatabase();
  await startWorkerWithRetry();
});

afterAll(async () => {
  await stopJobQueue();
  await closeDb();
  await database.cleanup();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the site's jobs", () => {
  it("expires a hold at its moment and queues the waitlist offer that follows for the offer's own expiry", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [first, waiting] = (await createTestUsers(2, "jobs-hold")) as [string, string];
    const held = await holdSeat({ userId: first, cohortId, holdMinutes: 0.05 });
    await joinWaitlist({ userId: waiting, cohortId });
    const db = await getDb();
    const hold = () => db.seatHold.findUniqueOrThrow({ where: { id: held.holdId }, select: { status: true } });
    expect((await hold()).status).toBe("ACTIVE");

    await waitFor(async () => (await hold()).status === "EXPIRED", 15_000);
    const expiredAfterMs = Date.now() - held.expiresAt.getTime();
    expect(expiredAfterMs).toBeLessThan(8_000);
    const entry = await db.waitlistEntry.findFirstOrThrow({ where: { cohortId, userId: waiting }, select: { status: true, holdId: true } });
    expect(entry.status).toBe("OFFERED");
    const offer = await db.seatHold.findUniqueOrThrow({ where: { id: entry.holdId! }, select: { expiresAt: true } });
    const executeSql = await getSqlExecutor();
    const { rows } = await executeSql("SELECT start_after FROM pgboss.job WHERE name = 'holds.expire' AND singleton_key = $1", [entry.holdId]);
    expect(rows).toHaveLength(1);
    expect(new Date((rows[0] as { start_after: string }).start_after).getTime()).toBe(offer.expiresAt.getTime());
  });

  it("POST /api/cron: 404 without CRON_SECRET, 401 for a wrong or missing secret, runs due work with the right one", async () => {
    const call = (authorization?: string) =>
      runCronRequest(new Request("http://localhost/api/cron", { method: "POST", headers: authorization ? { authorization } : {} }));
    delete process.env.CRON_SECRET;
    resetEnvForTests();
    expect((await call("Bearer anything")).status).toBe(404);

    const secret = "s".repeat(40);
    process.env.CRON_SECRET = secret;
    resetEnvForTests();
    try {
      expect((await call()).status).toBe(401);
      expect((await call(`Bearer ${secret}x`)).status).toBe(401);
      expect((await call(secret)).status).toBe(401);
      const response = await call(`Bearer ${secret}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, failed: 0 });
    } finally {
      delete process.env.CRON_SECRET;
      resetEnvForTests();
    }
  });
});
