/**
 * npm run bench:export [-- --rows N] [--learners N] [--page-size N] [--postgres] [--json] [--keep]
 *
 * Streams a cohort's raw labels (raw.jsonl) the way GET /api/exports/:cohortId/raw.jsonl does
 * (`openExport`: access check, audit record, paged reads, JSON lines; `toByteStream`) into a sink that only counts
 * bytes and lines, and reports rows/s and the process's peak resident memory (RSS, sampled every
 * 10 ms during the export). Goals: ≥ 50,000 rows/s and peak RSS < 250 MB for 100,000 answers.
 *
 * The database is thrown away afterwards: an embedded PGlite folder in a temporary directory by
 * default; with --postgres (or BENCH_DATABASE_URL / DATABASE_URL set) a `bench_rush_<ts>` database
 * created on that server and dropped at the end. The rows are realistic: the gold answers and grades
 * of the real exercise items, spread over learners with one to three attempts each.
 * Seeding and migrating run in this process; the export is measured in a fresh child process that
 * runs as a production server does: compiled JavaScript (this file bundled by esbuild), NODE_ENV
 * production, warmed by a first query and the course's exercise sets. Its RSS is the export's plus
 * the process's own (on PGlite also the embedded database, which lives in that process); the
 * export's own share (peak − RSS before) is printed too.
 * Run with tsx --conditions=react-server (the npm script does) so `server-only` modules load.
 * Prints whether each goal is met; exits 1 only when the export is incomplete.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createDatabaseClient, type TDatabaseHandle } from "../../lib/db/create-client";
import { applyMigrations } from "../../tools/prisma-wasm-migrate";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createBenchDatabase, reachableAdminUrl, type TBenchDatabase } from "./pg-bench-database";
import { round, table } from "./stats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const goalRowsPerSecond = 50_000;
const goalPeakMb = 250;

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    learners: { type: "string", default: "500" },
    "page-size": { type: "string" },
    postgres: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // Internal: the measuring child process.
    phase: { type: "string" },
    label: { type: "string" },
    cohort: { type: "string" },
    staff: { type: "string" },
    expected: { type: "string" },
  },
});
const integer = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`);
  return n;
};
const rowCount = integer("rows", args.rows, 1);
const learnerCount = integer("learners", args.learners, 1);
const pageSize = args["page-size"] === undefined ? undefined : integer("page-size", args["page-size"], 1);
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

type TTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** A throw-away database, migrated: a PGlite folder in a temporary directory, or a PostgreSQL database (dropped by `remove`). */
async function throwAwayDatabase(): Promise<{ target: TTarget; label: string; remove: () => Promise<void> }> {
  if (args.postgres || process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL) {
    if (!process.env.BENCH_DATABASE_URL && process.env.DATABASE_URL) process.env.BENCH_DATABASE_URL = process.env.DATABASE_URL;
    const database: TBenchDatabase = await createBenchDatabase(await reachableAdminUrl(), root);
    return { target: { kind: "postgres", url: database.url }, label: "PostgreSQL", remove: database.drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-export-"));
  const dataDir = path.join(dir, "pglite");
  await applyMigrations({
    target: { kind: "pglite", dataDir },
    schemaPath: path.join(root, "prisma/schema.prisma"),
    migrationsDir: path.join(root, "prisma/migrations"),
  });
  return { target: { kind: "pglite", dataDir }, label: "PGlite (embedded)", remove: () => rm(dir, { recursive: true, force: true }) };
}

type TDb = TDatabaseHandle["prisma"];

/**
 * One cohort of `learners` learners with `rows` submissions in all, built from the real items' gold
 * answers and grades (so rows have realistic sizes), one to three attempts per item, inserted with
 * createMany in batches. Returns the cohort and a staff member to export as.
 */
async function seedExportBench(db: TDb, options: { rows: number; learners: number }) {
  const { loadExerciseSets } = await import("../../lib/labeling/load-exercise-sets");
  const { goldAnswersOf } = await import("../../lib/labeling/gold-answers");
  const { gradeItem } = await import("../../lib/labeling/grade-item");
  const items = (await loadExerciseSets("ai-trainer")).flatMap((set) =>
    set.items.map((item) => {
      const answers = goldAnswersOf(item);
      const grade = gradeItem(item, answers);
      return { setId: set.id, itemId: item.id, guidelineVersion: set.guidelineVersion, answers, grade, score: grade.score };
    }),
  );
  if (items.length === 0) throw new Error("no exercise items in content/courses/ai-trainer/exercises");
  const course = await db.course.create({ data: { slug: "ai-trainer", titleZh: "AI 训练师就业班", titleEn: "AI Trainer" } });
  const campus = await db.campus.create({ data: { slug: "online", nameZh: "线上", nameEn: "Online", isOnline: true } });
  const cohort = await db.cohort.create({
    data: {
      courseId: course.id,
      campusId: campus.id,
      number: 13,
      startDate: "2030-03-02",
      status: "RUNNING",
      enrollmentDeadline: new Date("2030-02-27T00:00:00Z"),
      listPriceFen: 100,
      classes: { create: { code: "A", capacity: options.learners } },
    },
    select: { id: true, classes: { select: { id: true } } },
  });
  const staff = await db.user.create({ data: { email: "staff@bench.test", name: "教务", role: "STAFF" } });
  await db.user.createMany({ data: Array.from({ length: options.learners }, (_, index) => ({ email: `learner-${index}@bench.test`, name: `学员${index}` })) });
  const learners = await db.user.findMany({ where: { role: "LEARNER" }, select: { id: true } });
  await db.enrollment.createMany({ data: learners.map((learner) => ({ cohortId: cohort.id, userId: learner.id, classId: cohort.classes[0]!.id })) });
  const base = Date.parse("2030-03-02T02:00:00Z");
  const batch: Prisma.ExerciseSubmissionCreateManyInput[] = [];
  let written = 0;
  for (let index = 0; index < options.rows; index++) {
    const item = items[Math.floor(index / 2) % items.length]!;
    batch.push({
      userId: learners[index % learners.length]!.id,
      courseSlug: "ai-trainer",
      setId: item.setId,
      itemId: item.itemId,
      cohortId: cohort.id,
      guidelineVersion: item.guidelineVersion,
      answers: item.answers as Prisma.InputJsonValue,
      grade: item.grade as unknown as Prisma.InputJsonValue,
      score: item.score,
      createdAt: new Date(base + index * 1_000),
    });
    if (batch.length === 5_000 || index === options.rows - 1) {
      await db.exerciseSubmission.createMany({ data: batch });
      written += batch.length;
      batch.length = 0;
    }
  }
  // A production table is analysed by autovacuum; a freshly bulk-loaded one is not yet, and the planner would guess.
  await db.$executeRawUnsafe('ANALYZE "ExerciseSubmission", "SubmissionReview", "User"');
  return { cohortId: cohort.id, staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, locale: staff.locale }, rows: written };
}

/**
 * The measured part, in a fresh child process (so the migration engine and the seeding do not count
 * towards its memory): opens the export as a staff member and drains it into a counting sink.
 */
async function measureExport(input: { label: string; cohortId: string; staffId: string; expected: number }): Promise<void> {
  const { closeDb, getDb } = await import("../../lib/db");
  const { openExport, toByteStream } = await import("../../lib/exports/stream-export");
  const { defaultExportPageSize } = await import("../../lib/exports/page-submissions");
  const { loadExerciseSets } = await import("../../lib/labeling/load-exercise-sets");
  const db = await getDb();
  const staff = { id: input.staffId, email: "staff@bench.test", name: "教务", role: "STAFF" as const, locale: "zh" as const };
  // Warm, as a running server is: its database client has answered queries (Prisma compiles its
  // query engine on the first one) and the course's exercise sets are loaded (once per process).
  const warmStarted = performance.now();
  await db.cohort.findUnique({ where: { id: input.cohortId }, select: { id: true } });
  await loadExerciseSets("ai-trainer");
  const warmUpMs = performance.now() - warmStarted;
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const opened = await openExport(staff, { cohortId: input.cohortId, kind: "raw.jsonl", withIdentities: false }, { pageSize });
  // The bytes the route's Response body would send (toByteStream), newlines counted.
  const reader = toByteStream(opened.chunks).getReader();
  let firstByteMs = 0;
  let lines = 0;
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    const chunk = next.value;
    bytes += chunk.byteLength;
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await closeDb();

  const rowsPerSecond = lines / seconds;
  const speedMet = rowsPerSecond >= goalRowsPerSecond;
  const memoryMet = mb(peak) < goalPeakMb;
  const complete = lines === input.expected;
  const result = {
    database: input.label,
    pageSize: pageSize ?? defaultExportPageSize,
    rows: lines,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rowsPerSecond),
    firstByteMs: Math.round(firstByteMs),
    warmUpMs: Math.round(warmUpMs),
    megabytes: mb(bytes),
    rssBeforeMb: mb(baseline),
    peakRssMb: mb(peak),
    exportMb: mb(peak - baseline),
    speedMet,
    memoryMet,
    complete,
  };
  say(
    table(`raw.jsonl export (${input.label}, page size ${result.pageSize})`, [
      ["rows", result.rows.toLocaleString("en"), complete ? "" : `INCOMPLETE: expected ${input.expected}`],
      ["seconds", result.seconds, "from the request (access check, count, audit) to the last byte"],
      ["rows/s", result.rowsPerSecond.toLocaleString("en"), `goal ≥ ${goalRowsPerSecond.toLocaleString("en")}: ${speedMet ? "met" : "MISSED"}`],
      ["first byte", `${result.firstByteMs} ms`],
      ["output", `${result.megabytes} MB`],
      ["RSS before", `${result.rssBeforeMb} MB`, `warm process (warm-up ${result.warmUpMs} ms: first query, exercise sets)`],
      ["peak RSS", `${result.peakRssMb} MB`, `goal < ${goalPeakMb} MB: ${memoryMet ? "met" : "MISSED"}`],
      ["export's own", `${result.exportMb} MB`, "peak RSS − RSS before"],
    ]),
  );
  if (args.json) console.log(JSON.stringify(result));
  // Missed goals are reported, not fatal (so `npm run bench` goes on to bench:rush); an incomplete export is.
  if (!complete) process.exitCode = 1;
}

/**
 * The measured child runs compiled JavaScript, as the production server does (tsx's loader would add
 * its own memory): this script bundled by esbuild, packages left external, into node_modules/.cache.
 */
async function compileChild(): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = path.join(root, "node_modules/.cache/bench-export/export.mjs");
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    conditions: ["react-server"],
    logLevel: "warning",
  });
  return outfile;
}

async function main(): Promise<void> {
  if (args.phase === "export") {
    await measureExport({ label: args.label ?? "", cohortId: args.cohort ?? "", staffId: args.staff ?? "", expected: integer("expected", args.expected, 0) });
    return;
  }
  const database = await throwAwayDatabase();
  try {
    const handle = await createDatabaseClient(database.target);
    const seedStarted = performance.now();
    const scene = await seedExportBench(handle.prisma, { rows: rowCount, learners: learnerCount }).finally(() => handle.close());
    say(
      `seeded ${scene.rows.toLocaleString("en")} submissions of ${learnerCount} learners on ${database.label} in ${round((performance.now() - seedStarted) / 1000, 1)} s`,
    );
    // The child runs as a production server does: exercise sets read once per process, a real secret for the pseudonyms.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", AUTH_SECRET: randomBytes(24).toString("hex") };
    if (database.target.kind === "postgres") env.DATABASE_URL = database.target.url;
    else {
      delete env.DATABASE_URL;
      env.PGLITE_DIR = database.target.dataDir;
    }
    const childArgs = ["--phase", "export", "--label", database.label, "--cohort", scene.cohortId, "--staff", scene.staff.id, "--expected", String(scene.rows)];
    const passThrough = [...(pageSize ? ["--page-size", String(pageSize)] : []), ...(args.json ? ["--json"] : [])];
    const childScript = await compileChild();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=react-server", childScript, ...childArgs, ...passThrough], { cwd: root, env, stdio: "inherit" });
      child.on("error", reject);
      child.on("exit", (exitCode) => resolve(exitCode ?? 1));
    });
    process.exitCode = code;
  } finally {
    if (args.keep) say(`kept the database (--keep): ${JSON.stringify(database.target)}`);
    else await database.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
