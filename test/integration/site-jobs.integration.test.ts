import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getSqlExecutor } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { joinWaitlist } from "../../lib/enrollment/join-waitlist";
import { resetEnvForTests } from "../../lib/env";
import { createTestCohort, createTestUsers } from "../support/fixtures";
import { useTestDatabase } from "../support/test-database";
import { failsWith, testActor } from "../support/actors";
import { jobs } from "../../lib/background/registry";
import { getJobQueue, provideJobs, startWorkerWithRetry, stopJobQueue } from "../../lib/jobs/app-job-queue";
import { readDeadJobs, retryDeadJob } from "../../lib/jobs/dead-jobs";
import { runCronRequest } from "../../lib/jobs/run-cron-request";

/** The site's own jobs (registry.ts) on the test database: deadlines queued by the domain run at their moment. */
let database: Awaited<ReturnType<typeof useTestDatabase>>;

beforeAll(async () => {
  database = await useTestDatabase();
  provideJobs(jobs);
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
    // The freed seat is offered right after the hold is marked expired (same job, next statement).
    const entryOf = () => db.waitlistEntry.findFirstOrThrow({ where: { cohortId, userId: waiting }, select: { status: true, holdId: true } });
    await waitFor(async () => (await entryOf()).status === "OFFERED", 5_000);
    const entry = await entryOf();
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

  it("shows staff the dead-lettered jobs and lets only staff run one again, recorded in the audit log", async () => {
    const [staffId, learnerId] = (await createTestUsers(2, "jobs-dead")) as [string, string];
    const staff = testActor(staffId, "STAFF");
    const learner = testActor(learnerId, "LEARNER");
    const queue = await getJobQueue();
    const key = `dead-probe-${Date.now()}`;
    await queue.sendAt("refunds.retry", { probe: true }, new Date(Date.now() + 3_600_000), key);
    const executeSql = await getSqlExecutor();
    // As pg-boss leaves a job whose retries ran out.
    const { rows } = await executeSql(
      "UPDATE pgboss.job SET state = 'failed', output = '{\"message\":\"Stripe is down\"}', completed_on = now() WHERE singleton_key = $1 RETURNING id",
      [key],
    );
    const id = (rows[0] as { id: string }).id;

    await expect(readDeadJobs(learner)).rejects.toSatisfy(failsWith("forbidden"));
    const dead = (await readDeadJobs(staff)).filter((job) => job.id === id);
    expect(dead).toEqual([expect.objectContaining({ id, name: "refunds.retry", error: "Stripe is down", attempts: 1 })]);

    await expect(retryDeadJob(learner, { name: "refunds.retry", id })).rejects.toSatisfy(failsWith("forbidden"));
    await expect(retryDeadJob(staff, { name: "refunds.retry", id: "not-a-uuid" })).rejects.toSatisfy(failsWith("notFound"));
    await expect(retryDeadJob(staff, { name: "holds.sweep", id })).rejects.toSatisfy(failsWith("notFound"));
    await retryDeadJob(staff, { name: "refunds.retry", id });
    await expect(retryDeadJob(staff, { name: "refunds.retry", id })).rejects.toSatisfy(failsWith("notFound"));
    expect((await readDeadJobs(staff)).filter((job) => job.id === id)).toEqual([]);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { actorId: staffId, action: "job.retry", entityId: id } })).toBe(1);
  });
});
