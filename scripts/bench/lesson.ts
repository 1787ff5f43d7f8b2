/**
 * npm run bench:lesson [-- --duration S] [--connections N] [--warmup N] [--port P] [--json]
 *
 * Throughput and latency of a signed-in lesson page on the production build (`next start` on a
 * fresh embedded database in .data/bench-lesson/pglite), side by side with the very same HTML
 * served as a static file (node:http, file cached in a Buffer, own process) on the same machine.
 * learner@demo.school (enrolled in the running 第12期) reads /courses/ai-trainer/lessons/
 * 02-reading-rule-documents with a minted Auth.js session cookie: as a reader does after their
 * first lesson (with the grant GET /api/lessons/state gives: the prerendered page), and on a first
 * visit (no grant: the page checked and rendered per request). Every target is warmed up, then
 * loaded by autocannon in turn. Exits 1 if a lesson page answered any error or non-2xx.
 */
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabaseClient } from "../../lib/db/create-client";
import { measure, startStaticServer, warmUp, type TLoad, type TLoadOptions, type TStaticServer } from "./load";
import { cookieWithLessonGrant } from "./lesson-grant";
import { signInForBench } from "./rush-client";
import { startServer, stopStartedServers, type TServer } from "./start-server";
import { grid, round } from "./stats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "200" },
    port: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return n;
};
const duration = positive("duration", args.duration);
const connections = positive("connections", args.connections);
const warmupRequests = positive("warmup", args.warmup);
const preferredPort = positive("port", args.port ?? process.env.BENCH_PORT ?? "3400");
// With --json, stdout carries only the JSON line; progress and the table go to stderr.
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

const learnerEmail = "learner@demo.school";
const lessonPath = "/courses/ai-trainer/lessons/02-reading-rule-documents";
const lessonRoute = "/[locale]/courses/[slug]/lessons/[lesson]";
const dataDir = path.join(root, ".data/bench-lesson/pglite");
// The embedded database, whatever the caller's environment says.
delete process.env.DATABASE_URL;

let server: TServer | undefined;
let staticServer: TStaticServer | undefined;
let tempDir: string | undefined;
let cleaning: Promise<void> | undefined;
let interrupted = false;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await (server ? server.stop() : stopStartedServers()).catch((e) => console.error("stopping next start:", e));
    await staticServer?.stop().catch((e) => console.error("stopping the static server:", e));
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the servers …`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Deletes the bench database folder, migrates + seeds it anew, signs the learner in; returns the id and cookie. */
async function freshDatabase(secret: string): Promise<{ userId: string; cookie: string }> {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  const prepared = spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, PGLITE_DIR: dataDir },
  });
  if (prepared.status !== 0) throw new Error(`scripts/prepare-db.ts failed (exit ${prepared.status ?? prepared.signal})`);
  // Opened briefly and closed before next start opens it: one process per PGlite folder.
  const handle = await createDatabaseClient({ kind: "pglite", dataDir });
  try {
    const user = await handle.prisma.user.findUniqueOrThrow({ where: { email: learnerEmail }, select: { id: true } });
    const [cookie] = await signInForBench(handle.prisma, [user.id], secret);
    return { userId: user.id, cookie: cookie! };
  } finally {
    await handle.close();
  }
}

/** One signed-in GET that must render the lesson body; returns its bytes and content-type. */
async function fetchLesson(url: string, cookie: string): Promise<{ html: Buffer; contentType: string }> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString("utf8");
  const location = response.headers.get("location");
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}${location ? ` → ${location}` : ""}: ${text.slice(0, 300)}`);
  if (!text.includes('data-testid="lesson-body"')) {
    const hint = text.includes("/sign-in") ? " (signed out?)" : " (locked lesson page?)";
    throw new Error(`GET ${url} answered 200 without data-testid="lesson-body"${hint}: ${text.slice(0, 300)}`);
  }
  return { html, contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8" };
}

const cells = (load: TLoad) => [
  load.requestsPerSecond,
  load.requests,
  load.p50Ms,
  load.p95Ms,
  load.autocannon.p97_5Ms,
  load.maxMs,
  load.errors,
  load.non2xx,
  load.bytesPerResponse,
];

async function main(): Promise<number> {
  say(`fresh embedded database in ${path.relative(root, dataDir)} (migrate + seed) …`);
  const secret = randomBytes(32).toString("base64url");
  const { userId, cookie } = await freshDatabase(secret);
  say(`${learnerEmail} is ${userId}`);

  server = await startServer(root, preferredPort, { PGLITE_DIR: dataDir, AUTH_SECRET: secret }, [lessonRoute]);
  say(`next start (production build) healthy on ${server.url}`);
  const lessonUrl = `${server.url}${lessonPath}`;
  await fetchLesson(lessonUrl, cookie);
  const readerCookie = await cookieWithLessonGrant(server.url, cookie, "ai-trainer", "02-reading-rule-documents");
  const { html, contentType } = await fetchLesson(lessonUrl, readerCookie);
  if (!html.includes("prerendered-lessons")) throw new Error(`GET ${lessonPath} with a grant was not served from the prerendered page`);
  say(`GET ${lessonPath} signed in, with a grant: 200, ${html.length} bytes, ${contentType}, lesson body present, prerendered`);

  tempDir = mkdtempSync(path.join(os.tmpdir(), "bench-lesson-"));
  const file = path.join(tempDir, "lesson.html");
  writeFileSync(file, html);
  staticServer = await startStaticServer(root, file, contentType, lessonPath, server.port + 1);
  const staticUrl = `${staticServer.url}${lessonPath}`;
  const copy = await fetchLesson(staticUrl, cookie);
  if (!copy.html.equals(html)) throw new Error("the static server does not serve the saved HTML byte for byte");
  say(`static copy served from a cached Buffer on ${staticServer.url} (same bytes, same content-type)`);

  const reader: TLoadOptions = { url: lessonUrl, headers: { cookie: readerCookie }, connections };
  const dynamic: TLoadOptions = { url: lessonUrl, headers: { cookie }, connections };
  const fixed: TLoadOptions = { url: staticUrl, headers: { cookie }, connections };
  say(`warm-up: ${warmupRequests} requests each …`);
  await warmUp(reader, warmupRequests);
  await warmUp(dynamic, warmupRequests);
  await warmUp(fixed, warmupRequests);
  say(`measuring ${duration} s × ${connections} connections: lesson page with a grant …`);
  const page = await measure(reader, duration);
  say(`measuring ${duration} s × ${connections} connections: lesson page, first visit …`);
  const checked = await measure(dynamic, duration);
  say(`measuring ${duration} s × ${connections} connections: static file …`);
  const stat = await measure(fixed, duration);
  const ratio = page.requestsPerSecond > 0 ? round(stat.requestsPerSecond / page.requestsPerSecond, 1) : null;

  say(
    grid(
      `\nsigned-in lesson page vs the same HTML as a static file — ${duration} s, ${connections} connections, ${os.cpus().length} CPUs`,
      ["target", "req/s", "requests", "p50 ms", "p95 ms", "p97.5 ms*", "max ms", "errors", "non-2xx", "bytes/resp"],
      [
        ["lesson page, grant (prerendered)", ...cells(page)],
        ["lesson page, first visit (checked)", ...cells(checked)],
        ["static file (node:http)", ...cells(stat)],
      ],
    ),
  );
  say(`  throughput ratio static / dynamic: ${ratio ?? "n/a"}×`);
  say("  req/s = autocannon requests.average; p50/p95/max from every response's latency; *p97.5 = autocannon's histogram (integer ms)");
  const failures: string[] = [];
  if (page.errors > 0) failures.push(`${page.errors} errors (${page.timeouts} timeouts)`);
  if (page.non2xx > 0) failures.push(`${page.non2xx} non-2xx: ${JSON.stringify(page.statusCodes)}`);
  if (checked.errors + checked.non2xx > 0) failures.push(`first visit: ${checked.errors} errors, ${checked.non2xx} non-2xx`);
  if (stat.errors + stat.non2xx > 0) say(`  warning: the static server had ${stat.errors} errors and ${stat.non2xx} non-2xx`);
  say(failures.length ? `FAIL: lesson page had ${failures.join("; ")}` : "PASS: every lesson page request answered 2xx");
  if (args.json) {
    console.log(
      JSON.stringify({
        lessonPath,
        durationSeconds: duration,
        connections,
        cpus: os.cpus().length,
        htmlBytes: html.length,
        lessonPage: page,
        lessonPageFirstVisit: checked,
        staticFile: stat,
        throughputRatioStaticToDynamic: ratio,
        ok: failures.length === 0,
      }),
    );
  }
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (!interrupted) console.error("bench:lesson failed:", error instanceof Error ? error.message : error);
} finally {
  await cleanup();
}
process.exit(code);
