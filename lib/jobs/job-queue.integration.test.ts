import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getSqlExecutor, type TExecuteSql } from "../db";
import { useTestDatabase } from "../../test/support/test-database";
import { openJobQueue, type TJobDefinition, type TJobQueue } from "./job-queue";

/**
 * The job queue on the test database (PGlite, and PostgreSQL with TEST_DATABASE_URL). "Two
 * processes" are two queues on separate connections: on PostgreSQL a second pool, on PGlite
 * (one connection per process by nature) two pg-boss instances sharing it.
 */
let database: Awaited<ReturnType<typeof useTestDatabase>>;
let secondExecutor: TExecuteSql;
let closeSecond = async () => {};
const opened: TJobQueue[] = [];
let schemaNumber = 0;

beforeAll(async () => {
  database = await useTestDatabase();
  await getDb();
  if (database.kind === "postgres") {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL });
    secondExecutor = async (text, values) => {
      const result: unknown = await pool.query(text, values && values.length > 0 ? values : undefined);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: (last as { rows: unknown[] }).rows };
    };
    closeSecond = () => pool.end();
  } else {
    secondExecutor = await getSqlExecutor();
  }
});

afterAll(async () => {
  for (const queue of opened) await queue.stop().catch(() => undefined);
  await closeSecond();
  await closeDb();
  await database.cleanup();
});

/** A fresh queue schema per test, so tests do not see each other's jobs. */
function freshSchema(): string {
  schemaNumber += 1;
  return `jobs_it_${process.pid}_${schemaNumber}`;
}

async function open(jobs: TJobDefinition[], schema: string, options: { second?: boolean; worker?: boolean } = {}): Promise<TJobQueue> {
  const queue = await openJobQueue({
    jobs,
    schema,
    executeSql: options.second ? secondExecutor : await getSqlExecutor(),
    worker: options.worker ?? true,
    pollingSeconds: 0.5,
    log: () => {},
  });
  opened.push(queue);
  return queue;
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("job queue", () => {
  it("runs each job once across two workers, and a schedule once per period whoever triggers it", async () => {
    const schema = freshSchema();
    const runs = new Map<string, number>();
    let ticks = 0;
    const jobs: TJobDefinition[] = [
      {
        name: "test.count",
        run: async (data) => {
          runs.set(String(data.key), (runs.get(String(data.key)) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
      },
      { name: "test.tick", everyMinutes: 60, run: async () => void (ticks += 1) },
    ];
    const first = await open(jobs, schema);
    const second = await open(jobs, schema, { second: true });
    const now = new Date();
    for (let index = 0; index < 30; index += 1) {
      const sender = index % 2 === 0 ? first : second;
      await sender.sendAt("test.count", { key: `k${index}` }, now, `k${index}`);
    }
    // The same key again while the first is still waiting or running: dropped or run after, never beside.
    await first.sendAt("test.count", { key: "k0" }, new Date(now.getTime() + 60_000), "k0");
    await Promise.all([first.startWorker(), second.startWorker()]);
    await waitFor(() => runs.size === 30, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([...runs.values()].every((count) => count === 1)).toBe(true);

    // Two serverless calls in the same hour both "trigger" the hourly schedule: it runs once.
    const results = await Promise.all([first.runDue(5_000), second.runDue(5_000)]);
    await waitFor(() => ticks >= 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ticks).toBe(1);
    expect(results.every((result) => result.failed === 0)).toBe(true);
  });

  it("retries a failing job with backoff, dead-letters it after its retries, and staff can run it again", async () => {
    const schema = freshSchema();
    let attempts = 0;
    let fixed = false;
    const jobs: TJobDefinition[] = [
      {
        name: "test.flaky",
        retryLimit: 2,
        retryDelaySeconds: 1,
        run: async () => {
          attempts += 1;
          if (!fixed) throw new Error("Stripe is down");
        },
      },
    ];
    const queue = await open(jobs, schema);
    await queue.sendAt("test.flaky", { orderId: "o1" }, new Date(), "o1");
    await queue.startWorker();
    await waitFor(async () => (await queue.listDead(10)).length === 1, 30_000);
    expect(attempts).toBe(3);
    const [dead] = await queue.listDead(10);
    expect(dead).toMatchObject({ name: "test.flaky", data: { orderId: "o1" }, error: "Stripe is down", attempts: 3 });

    expect(await queue.retryDead("test.flaky", "00000000-0000-0000-0000-000000000000")).toBe(false);
    expect(await queue.retryDead("test.other", dead!.id)).toBe(false);
    fixed = true;
    expect(await queue.retryDead("test.flaky", dead!.id)).toBe(true);
    await waitFor(() => attempts === 4, 10_000);
    await waitFor(async () => (await queue.listDead(10)).length === 0, 10_000);
  });

  it("runs a job that fell due while no worker was running as soon as one starts", async () => {
    const schema = freshSchema();
    const ran: Date[] = [];
    const jobs: TJobDefinition[] = [{ name: "test.due", run: async () => void ran.push(new Date()) }];
    const sender = await open(jobs, schema, { worker: false });
    await sender.sendAt("test.due", {}, new Date(Date.now() + 500), "x");
    await sender.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ran).toHaveLength(0);
    const restarted = await open(jobs, schema, { second: true });
    const startedAt = Date.now();
    await restarted.startWorker();
    await waitFor(() => ran.length === 1, 10_000);
    expect(ran[0]!.getTime() - startedAt).toBeLessThan(5_000);
  });

  it("runs a one-off job at the moment it is due, not before", async () => {
    const schema = freshSchema();
    const ran: Date[] = [];
    const jobs: TJobDefinition[] = [{ name: "test.at", run: async () => void ran.push(new Date()) }];
    const queue = await open(jobs, schema);
    await queue.startWorker();
    const due = new Date(Date.now() + 2_500);
    await queue.sendAt("test.at", {}, due, "deadline");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ran).toHaveLength(0);
    await waitFor(() => ran.length === 1, 10_000);
    expect(ran[0]!.getTime()).toBeGreaterThanOrEqual(due.getTime() - 50);
    expect(ran[0]!.getTime() - due.getTime()).toBeLessThan(2_500);
  });
});
