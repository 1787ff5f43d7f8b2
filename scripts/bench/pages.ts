/**
 * npm run bench:pages [-- --duration S] [--connections N] [--port P] [--json]
 *
 * Every page goal of issue 16 in one run, on one production server (`next start`) on PostgreSQL:
 * the prerendered reference page (/about), the public pages for anonymous visitors (home, catalog,
 * course, cohort, guideline, certificate verification), the signed-in lesson page, and /api/health.
 * Each target is checked first (status, the right Cache-Control, the lesson body present), warmed
 * up, then loaded by autocannon in turn. Ports: --port or BENCH_PORT (default 3400);
 * the Stripe stand-in's URL from STRIPE_LOCAL_PORT (not started: pages do not call it).
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabaseClient, type TDatabaseHandle } from "../../lib/db/create-client";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { measure, warmUp, type TLoad } from "./load";
import { measureScriptBytes, type TPageWeight } from "./page-weight";
import { createBenchDatabase, reachableAdminUrl, type TBenchDatabase } from "./pg-bench-database";
import { cookieWithLessonGrant } from "./lesson-grant";
import { signInForBench } from "./rush-client";
import { startServer, stopStartedServers, type TServer } from "./start-server";
import { grid, round } from "./stats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "300" },
    port: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmupRequests = Number(args.warmup);
const preferredPort = Number(args.port ?? process.env.BENCH_PORT ?? 3400);
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

export type TTarget = {
  name: string;
  path: string;
  /** lesson: a reader's lesson served from its grant (the goal); lessonChecked: the first visit, checked per request; state: the reader's state call. */
  kind: "reference" | "public" | "lesson" | "lessonChecked" | "state" | "health";
  signedIn?: boolean;
};
export type TPageResult = TTarget & { load: TLoad; cacheControl: string; ratioToReference: number | null };

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

/** One GET that must answer 200 with the expected Cache-Control (and, for the lesson, its body). */
async function check(url: string, target: TTarget, cookie: string | undefined): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  const cacheControl = response.headers.get("cache-control") ?? "";
  if (response.status !== 200) throw new Error(`GET ${target.path} answered ${response.status}: ${body.slice(0, 200)}`);
  if ((target.kind === "public" || target.kind === "reference") && !/^public, s-maxage=\d+, stale-while-revalidate=\d+/.test(cacheControl)) {
    throw new Error(`GET ${target.path} (anonymous) has Cache-Control "${cacheControl}", expected public, s-maxage, stale-while-revalidate`);
  }
  if (target.kind === "lesson" || target.kind === "lessonChecked") {
    if (!body.includes('data-testid="lesson-body"')) throw new Error(`GET ${target.path} signed in has no lesson body`);
    // The prerendered page's route is named in its RSC payload; the checked page's is not.
    if (body.includes("prerendered-lessons") !== (target.kind === "lesson"))
      throw new Error(`GET ${target.path} was not served from the ${target.kind === "lesson" ? "prerendered" : "checked"} page`);
    if (!/private/.test(cacheControl) || !/no-store/.test(cacheControl))
      throw new Error(`GET ${target.path} signed in has Cache-Control "${cacheControl}", expected private, no-store`);
  }
  return cacheControl;
}

async function main(): Promise<number> {
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
  const readerCookie = await cookieWithLessonGrant(server.url, cookie!, "ai-trainer", "02-reading-rule-documents");
  const targets: TTarget[] = [
    { name: "reference: /zh/about (prerendered)", path: "/zh/about", kind: "reference" },
    { name: "home /zh", path: "/zh", kind: "public" },
    { name: "catalog /zh/courses", path: "/zh/courses", kind: "public" },
    { name: "course /zh/courses/ai-trainer", path: "/zh/courses/ai-trainer", kind: "public" },
    { name: "cohort /zh/courses/ai-trainer/14", path: "/zh/courses/ai-trainer/14", kind: "public" },
    { name: "guideline …/guidelines/general", path: "/zh/courses/ai-trainer/guidelines/general", kind: "public" },
    { name: "certificate /zh/certificates/…", path: `/zh/certificates/${code}`, kind: "public" },
    { name: "lesson, signed in (grant)", path: lessonPath, kind: "lesson", signedIn: true },
    { name: "lesson, first visit (checked)", path: lessonPath, kind: "lessonChecked", signedIn: true },
    { name: "lesson state call", path: "/api/lessons/state?course=ai-trainer&lesson=02-reading-rule-documents", kind: "state", signedIn: true },
    { name: "/api/health", path: "/api/health", kind: "health" },
  ];
  const results: TPageResult[] = [];
  for (const target of targets) {
    const url = `${server.url}${target.path}`;
    const sent = target.kind === "lesson" ? readerCookie : target.signedIn ? cookie : undefined;
    const headers: Record<string, string> = sent ? { cookie: sent } : {};
    const cacheControl = await check(url, target, sent);
    await warmUp({ url, headers, connections }, warmupRequests);
    say(`measuring ${target.name}: ${duration} s × ${connections} connections …`);
    const load = await measure({ url, headers, connections }, duration);
    results.push({ ...target, load, cacheControl, ratioToReference: null });
  }
  const reference = results[0]!.load.requestsPerSecond;
  for (const result of results) result.ratioToReference = reference > 0 ? round(result.load.requestsPerSecond / reference, 2) : null;

  say(
    grid(
      `\npages — ${duration} s × ${connections} connections each, ${os.cpus().length} CPUs, next start on PostgreSQL`,
      ["page", "req/s", "× ref", "p50 ms", "p95 ms", "non-2xx", "errors", "Cache-Control"],
      results.map((r) => [
        r.name,
        r.load.requestsPerSecond,
        r.ratioToReference ?? "-",
        r.load.p50Ms,
        r.load.p95Ms,
        r.load.non2xx,
        r.load.errors,
        r.cacheControl.slice(0, 48),
      ]),
    ),
  );
  say("loading each page in Chromium for its JavaScript …");
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
  const failed = results.filter((r) => r.load.errors + r.load.non2xx > 0);
  if (args.json) console.log(JSON.stringify({ durationSeconds: duration, connections, cpus: os.cpus().length, results, weights }));
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
