/**
 * npm run bench:pages [-- --duration S] [--connections N] [--port P] [--json]
 *
 * Every page goal of issue 16 in one run, on one production server (`next start`) on PostgreSQL:
 * the prerendered reference page (/about), the public pages for anonymous visitors (home, catalog,
 * course, cohort, guideline, certificate verification), the signed-in lesson page, and /api/health.
 * Each target is checked first (status, the right Cache-Control, the lesson body present), warmed
 * up, then loaded by autocannon in turn, in --rounds rounds (default 5 × 4 s). In each round the
 * reference is measured between every two pages, each page's ratio is taken to the mean of the
 * reference just before and just after it, and the table shows the round with the page's median
 * ratio: the machines are shared and noisy, and their speed drifts within a minute (a round once
 * gave one page 1.54× and the next 0.67×); a reference seconds away drifts with the page.
 * Errors and non-2xx are summed over every round. The size of each page and of its RSC payload and
 * text are printed beside it, and a line through the public pages says what a KB costs (page-anatomy.ts).
 * With --profile (or BENCH_CPU_PROF=<dir>), the server runs under V8's profiler and a last table
 * says where its time went per request for each target (cpu-report.ts).
 * Ports: --port or BENCH_PORT (default 3400);
 * the Stripe stand-in's URL from STRIPE_LOCAL_PORT (not started: pages do not call it).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabaseClient, type TDatabaseHandle } from "../../lib/db/create-client";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { measure, warmUp, type TLoad, type TLoadOptions } from "./load";
import { measureScriptBytes, type TPageWeight } from "./page-weight";
import { createBenchDatabase, reachableAdminUrl, type TBenchDatabase } from "./pg-bench-database";
import { cookieWithLessonGrant } from "./lesson-grant";
import { signInForBench } from "./rush-client";
import { startServer, stopStartedServers, type TServer } from "./start-server";
import { grid, round } from "./stats";
import { cpuReport } from "./cpu-report";
import { inWindow, type TProfileWindow } from "./profile-windows";
import { pageAnatomy, utf8EncodeMicros } from "./page-anatomy";
import { check, kb, sizeLimit, type TPageResult, type TTarget } from "./page-targets";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "4" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "300" },
    rounds: { type: "string", default: "5" },
    port: { type: "string" },
    json: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
  },
});
if (args.profile) process.env.BENCH_CPU_PROF ??= mkdtempSync(path.join(os.tmpdir(), "bench-pages-profile-"));
const profileDir = process.env.BENCH_CPU_PROF;
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmupRequests = Number(args.warmup);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 9) throw new Error(`--rounds must be 1 to 9, got ${args.rounds}`);
const preferredPort = Number(args.port ?? process.env.BENCH_PORT ?? 3400);
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

let database: TBenchDatabase | undefined;
let handle: TDatabaseHandle | undefined;
let server: TServer | undefined;

async function cleanup(): Promise<void> {
  await (server ? server.stop() : stopStartedServers()).catch((e) => console.error("stopping next start:", e));
  await handle?.close().catch(() => undefined);
  await database?.drop().catch((e) => console.error(`dropping ${database?.name}:`, e));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

/** A certificate to verify: 张悦 (the seeded graduate) gets one if the seed gave her none. */
async function certificateCode(db: TDatabaseHandle["prisma"]): Promise<string> {
  const existing = await db.certificate.findFirst({ select: { code: true } });
  if (existing) return existing.code;
  const graduate = await db.user.findUniqueOrThrow({ where: { email: "learner2@demo.school" }, select: { id: true } });
  const created = await db.certificate.create({ data: { code: "BENCHCERTQQQ", userId: graduate.id, courseSlug: "ai-trainer" }, select: { code: true } });
  return created.code;
}

async function main(): Promise<number> {
  const startedMs = Date.now();
  database = await createBenchDatabase(await reachableAdminUrl(), root);
  handle = await createDatabaseClient({ kind: "postgres", url: database.url });
  await seedDatabase(handle.prisma);
  const code = await certificateCode(handle.prisma);
  const learner = await handle.prisma.user.findUniqueOrThrow({ where: { email: "learner@demo.school" }, select: { id: true } });
  const secret = randomBytes(32).toString("base64url");
  const [cookie] = await signInForBench(handle.prisma, [learner.id], secret);
  say(`database ${database.name}: migrated, seeded; certificate ${code}`);

  const stripePort = process.env.STRIPE_LOCAL_PORT ?? "12111";
  server = await startServer(root, preferredPort, { DATABASE_URL: database.url, AUTH_SECRET: secret, STRIPE_LOCAL_URL: `http://127.0.0.1:${stripePort}` }, [
    "/[locale]/about",
  ]);
  say(`next start (production build) healthy on ${server.url}`);

  const lessonPath = "/courses/ai-trainer/lessons/02-reading-rule-documents";
  const checked = new Map<TTarget, { cacheControl: string; body: string }>();
  const targets: TTarget[] = [
    { name: "reference: /zh/about (prerendered)", path: "/zh/about", kind: "reference" },
    { name: "home /zh", path: "/zh", kind: "public" },
    { name: "catalog /zh/courses", path: "/zh/courses", kind: "public" },
    { name: "course /zh/courses/ai-trainer", path: "/zh/courses/ai-trainer", kind: "public" },
    { name: "syllabus …/ai-trainer/syllabus", path: "/zh/courses/ai-trainer/syllabus", kind: "public" },
    { name: "cohort /zh/courses/ai-trainer/14", path: "/zh/courses/ai-trainer/14", kind: "public" },
    // A rule document is an index and one page per chapter. The index of the general one, its largest chapter,
    // math's formula-heavy chapter and the largest chapter of all (safety's third, 48 KB).
    { name: "guideline index …/guidelines/general", path: "/zh/courses/ai-trainer/guidelines/general", kind: "public" },
    { name: "guideline chapter …/general/2", path: "/zh/courses/ai-trainer/guidelines/general/2", kind: "public" },
    { name: "guideline chapter …/math/1", path: "/zh/courses/ai-trainer/guidelines/math/1", kind: "public" },
    { name: "guideline chapter …/safety/3", path: "/zh/courses/ai-trainer/guidelines/safety/3", kind: "public" },
    { name: "certificate /zh/certificates/…", path: `/zh/certificates/${code}`, kind: "public" },
    { name: "lesson, signed in (grant)", path: lessonPath, kind: "lesson", signedIn: true },
    { name: "lesson, first visit (checked)", path: lessonPath, kind: "lessonChecked", signedIn: true },
    { name: "lesson state call", path: "/api/lessons/state?course=ai-trainer&lesson=02-reading-rule-documents", kind: "state", signedIn: true },
    { name: "/api/health", path: "/api/health", kind: "health" },
  ];
  const reference = targets[0]!;
  const measured = new Map<TTarget, TLoad[]>(targets.map((target) => [target, []]));
  /** For each page, round by round, the reference's throughput around it: the mean of the measurements just before and just after it. */
  const besideReference = new Map<TTarget, number[]>(targets.map((target) => [target, []]));
  const options = (target: TTarget, sent: string | undefined): TLoadOptions => ({
    url: `${server!.url}${target.path}`,
    headers: sent ? { cookie: sent } : {},
    connections,
  });
  // A grant lasts five minutes: renewed each round, as a reader's page renews it.
  let readerCookie = await cookieWithLessonGrant(server.url, cookie!, "ai-trainer", "02-reading-rule-documents");
  const sentBy = (target: TTarget) => (target.kind === "lesson" ? readerCookie : target.signedIn ? cookie : undefined);
  for (const target of targets) {
    checked.set(target, await check(options(target, sentBy(target)).url, target, sentBy(target)));
    await warmUp(options(target, sentBy(target)), warmupRequests);
  }
  const windows: TProfileWindow[] = [];
  const measureWindow = async (target: TTarget, sent: string | undefined) => {
    const load = await inWindow(
      windows,
      target.name,
      () => measure(options(target, sent), duration),
      (l) => l.requests,
    );
    measured.get(target)!.push(load);
    return load;
  };
  const measureReference = () => measureWindow(reference, undefined);
  for (let pass = 1; pass <= rounds; pass++) {
    readerCookie = await cookieWithLessonGrant(server.url, cookie!, "ai-trainer", "02-reading-rule-documents");
    say(`round ${pass}/${rounds}: the reference, then each page followed by the reference again, ${duration} s each × ${connections} connections …`);
    let before = await measureReference();
    for (const target of targets.filter((t) => t !== reference)) {
      await measureWindow(target, sentBy(target));
      const after = await measureReference();
      besideReference.get(target)!.push((before.requestsPerSecond + after.requestsPerSecond) / 2);
      before = after;
    }
  }
  const results: TPageResult[] = targets.map((target) => {
    const loads = measured.get(target)!;
    const references = besideReference.get(target)!;
    const ratios = target === reference ? loads.map(() => 1) : loads.map((load, i) => (references[i]! > 0 ? load.requestsPerSecond / references[i]! : 0));
    // The reference's own row: its median measurement; a page's: the round with its median ratio.
    const order = (target === reference ? loads.map((l) => l.requestsPerSecond) : ratios).map((value, i) => [value, i] as const).sort((a, b) => a[0] - b[0]);
    const median = order[Math.floor((order.length - 1) / 2)]![1];
    const load = { ...loads[median]!, errors: loads.reduce((sum, l) => sum + l.errors, 0), non2xx: loads.reduce((sum, l) => sum + l.non2xx, 0) };
    const { cacheControl = "", body = "" } = checked.get(target) ?? {};
    return {
      ...target,
      load,
      cacheControl,
      anatomy: pageAnatomy(body),
      utf8Micros: utf8EncodeMicros(body),
      ratioToReference: round(ratios[median]!, 2),
      ratiosByRound: target === reference ? [] : ratios.map((r) => round(r, 2)),
    };
  });

  say(
    grid(
      `\npages — ${rounds} rounds × ${duration} s × ${connections} connections each, ${os.cpus().length} CPUs, next start on PostgreSQL; the median round's figures`,
      ["page", "req/s", "× ref", "× ref by round", "p50 ms", "p95 ms", "KB", "payload KB", "text KB", "non-2xx", "errors", "Cache-Control"],
      results.map((r) => [
        r.name,
        r.load.requestsPerSecond,
        r.ratioToReference ?? "-",
        r.ratiosByRound.join(" "),
        r.load.p50Ms,
        r.load.p95Ms,
        kb(r.load.bytesPerResponse),
        kb(r.anatomy.payloadBytes),
        kb(r.anatomy.textBytes),
        r.load.non2xx,
        r.load.errors,
        r.cacheControl.slice(0, 48),
      ]),
    ),
  );
  const sizes = sizeLimit(results);
  if (sizes) say(sizes.explanation);
  say("loading each page in Chromium for its JavaScript …");
  readerCookie = await cookieWithLessonGrant(server.url, cookie!, "ai-trainer", "02-reading-rule-documents");
  const weights: TPageWeight[] = await measureScriptBytes(
    server.url,
    targets
      .filter((t) => t.kind !== "health" && t.kind !== "state" && t.kind !== "lessonChecked")
      .map((t) => ({ path: t.path, cookie: t.kind === "lesson" ? readerCookie : t.signedIn ? cookie : undefined })),
  );
  say(
    grid(
      "\nfirst-load JavaScript (compressed, as transferred to Chromium)",
      ["page", "scripts", "JS KB", "all KB"],
      weights.map((w) => [w.path, w.scripts, round(w.scriptBytes / 1024, 1), round(w.allBytes / 1024, 1)]),
    ),
  );
  let cpu: ReturnType<typeof cpuReport> = null;
  if (profileDir) {
    // The server writes its profile when it stops.
    await server.stop();
    server = undefined;
    cpu = cpuReport(profileDir, windows, connections, startedMs);
    say(cpu?.text ?? `no CPU profile in ${profileDir}`);
  }
  const failed = results.filter((r) => r.load.errors + r.load.non2xx > 0);
  if (args.json)
    console.log(JSON.stringify({ durationSeconds: duration, connections, cpus: os.cpus().length, results, weights, sizes, cpu: cpu?.rows ?? null }));
  if (failed.length) say(`FAIL: errors or non-2xx on ${failed.map((r) => r.name).join(", ")}`);
  return failed.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error("bench:pages failed:", error instanceof Error ? error.message : error);
} finally {
  await cleanup();
}
process.exit(code);
