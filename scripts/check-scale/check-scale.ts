/**
 * npm run check:scale — the site scaled out: two `next start` processes and one `npm run worker`
 * on one PostgreSQL, behind a round-robin proxy started here (every web process also works the job
 * queue, WORKER_MODE=inline: three workers compete). Checks, and prints as a table:
 *   1. 500 learners rush the last 50 seats → none oversold;
 *   2. the sign-in lockout counts wrong passwords sent alternately to both processes;
 *   3. a group-buy whose deadline passes is settled exactly once (one job run, one mail, one card release);
 *   4. the every-minute schedule runs once per minute, whatever the number of workers;
 *   5. kill -9 of one web process while 20 checkouts' webhooks arrive loses nothing (all enrolled via the
 *      other), and the seat-hold expiry jobs queued by both processes run on the survivors.
 * Needs PostgreSQL (BENCH_DATABASE_URL or the local default) and builds when no build is there.
 * Ports: CHECK_SCALE_PORT (proxy, default 3300) and the next two; STRIPE_LOCAL_PORT (default 12300).
 * Exits 1 when a check fails. Output of the processes: .data/check-scale/*.log.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStripeLocal, type StripeLocal } from "../../tools/stripe-local";
import { closeDb, getDb, getSqlExecutor } from "../../lib/db";
import { createBenchDatabase, reachableAdminUrl, type TBenchDatabase } from "../bench/pg-bench-database";
import { ensureBuild, holdsRoute } from "../bench/start-server";
import { table } from "../bench/stats";
import { startRoundRobinProxy, type TProxy } from "./round-robin-proxy";
import { startProcess, stopAllProcesses, waitHealthy, type TProcess } from "./processes";
import { checkCheckoutsSurviveKill, checkGroupSettledOnce, checkLockout, checkRush, checkSchedules, startDeadlineGroup, type TCheck } from "./scale-checks";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const proxyPort = Number(process.env.CHECK_SCALE_PORT ?? 3300);
const stripePort = Number(process.env.STRIPE_LOCAL_PORT ?? 12300);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database: TBenchDatabase | undefined;
let proxy: TProxy | undefined;
let stripe: StripeLocal | undefined;

async function cleanup(): Promise<void> {
  await stopAllProcesses().catch(() => undefined);
  await proxy?.close().catch(() => undefined);
  await stripe?.close().catch(() => undefined);
  await closeDb().catch(() => undefined);
  await database?.drop().catch((error) => console.error(`dropping ${database?.name}:`, error));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

async function main(): Promise<number> {
  const started = Date.now();
  ensureBuild(root, [holdsRoute, "/api/cron"]);
  database = await createBenchDatabase(await reachableAdminUrl(), root);
  console.log(`database ${database.name} created and migrated`);
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const secret = randomBytes(32).toString("base64url");
  const webhookSecret = "whsec_check_scale_not_for_production";
  const shared: Record<string, string> = {
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    AUTH_SECRET: secret,
    APP_URL: proxyUrl,
    STRIPE_LOCAL_URL: `http://127.0.0.1:${stripePort}`,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    TRUSTED_PROXY_HOPS: "1",
    SEAT_HOLD_MINUTES: "1",
    WORKER_MODE: "inline",
  };
  // This process drives learners through the domain too (checkouts, the group): same settings.
  Object.assign(process.env, { ...shared, NODE_ENV: "production" });

  stripe = await startStripeLocal({ port: stripePort, webhookUrl: `${proxyUrl}/api/stripe/webhook`, webhookSecret, retryScale: 0.2, log: () => {} });
  const webs: TProcess[] = [1, 2].map((n) =>
    startProcess(root, `web${n}`, path.join(root, "node_modules/.bin/next"), ["start", "-p", String(proxyPort + n), "-H", "127.0.0.1"], {
      ...shared,
      PORT: String(proxyPort + n),
    }),
  );
  const worker = startProcess(root, "worker", path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], shared);
  await Promise.all(webs.map((web, i) => waitHealthy(`http://127.0.0.1:${proxyPort + i + 1}/api/health`, web)));
  const backends = [1, 2].map((n) => `http://127.0.0.1:${proxyPort + n}`);
  proxy = await startRoundRobinProxy(proxyPort, backends);
  const workersSince = new Date();
  console.log(`2 × next start (${backends.join(", ")}), 1 worker (pid ${worker.pid}), proxy ${proxyUrl}, stripe-local :${stripePort}`);

  const { jobs } = await import("../../lib/background/registry");
  const { provideJobs } = await import("../../lib/jobs/app-job-queue");
  provideJobs(jobs); // this process only sends jobs (as a web process with WORKER_MODE=off would)
  const db = await getDb();
  const context = { db, proxy, stripe, secret, executeSql: await getSqlExecutor() };

  const checks: TCheck[] = [];
  const run = async (label: string, check: () => Promise<TCheck[]>) => {
    console.log(`… ${label}`);
    checks.push(...(await check()));
  };
  await run("rush: 500 learners, 50 seats", () => checkRush(context, 500));
  await run("sign-in lockout across both processes", () => checkLockout(context));
  const group = await startDeadlineGroup(context, 25_000);
  console.log(`… group ${group.groupId}: paid by card, deadline in 25 s`);
  await run("kill -9 web1 while 20 checkouts' webhooks arrive", () => checkCheckoutsSurviveKill(context, webs[0]!, 20));
  await run("group settled once at its deadline", () => checkGroupSettledOnce(context, group));
  // The rush's holds (1 minute) expire through jobs queued by both processes, web1 now dead.
  await run("seat-hold expiry jobs", async () => {
    const rushHolds = { userId: { startsWith: "bench_learner_" } };
    const last = await db.seatHold.aggregate({ where: rushHolds, _max: { expiresAt: true }, _count: true });
    const waitMs = (last._max.expiresAt?.getTime() ?? 0) + 10_000 - Date.now();
    if (waitMs > 0) await sleep(waitMs);
    const active = await db.seatHold.count({ where: { ...rushHolds, status: "ACTIVE" } });
    const expired = await db.seatHold.count({ where: { ...rushHolds, status: "EXPIRED" } });
    return [
      {
        label: "rush holds expired by their jobs",
        value: `${expired}/${last._count}`,
        ok: active === 0 && expired === last._count,
        note: `≤ 10 s after each expiry; ${active} still active`,
      },
    ];
  });
  // Two whole minutes of schedules at least.
  const waitMs = workersSince.getTime() + 150_000 - Date.now();
  if (waitMs > 0) await sleep(waitMs);
  await run("schedules", () => checkSchedules(context, workersSince));

  console.log();
  console.log(
    table(
      `check:scale — 2 web processes + 1 worker on PostgreSQL, ${Math.round((Date.now() - started) / 1000)} s`,
      checks.map((check) => [`${check.ok ? "✓" : "✗"} ${check.label}`, check.value, check.note]),
    ),
  );
  const served = [...proxy.served.entries()].map(([backend, count]) => `${backend.split(":").pop()}: ${count}`).join(", ");
  console.log(`requests through the proxy per backend: ${served}`);
  const failed = checks.filter((check) => !check.ok);
  if (failed.length > 0) console.error(`\n${failed.length} check(s) failed; process logs in .data/check-scale/`);
  return failed.length === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
