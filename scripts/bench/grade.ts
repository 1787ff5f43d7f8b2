/**
 * npm run bench:grade [-- --submissions N] [--seed S] [--warmup N] [--synthetic] [--json]
 *
 * Time to validate and grade one learner submission (`validateItemAnswers` + `gradeItem`, KaTeX checks
 * of rewrites included), measured per submission with performance.now. Items come from the real
 * exercise sets in content/courses/ai-trainer/exercises/*.yaml; without any valid set (or with
 * --synthetic) a seeded synthetic set of the same shapes is generated, and the output says so.
 * Submissions are random but valid answers (fast-check, seeded), passed through JSON as a browser
 * would send them. Also checks that every item's gold answers validate and grade 1 (reported, not
 * fatal: that is a content problem). Exits 1 if p95 ≥ 20 ms or a valid submission is rejected.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { arbitraryAnswers, arbitraryItem, exampleItem } from "../../test/support/labeling-arbitraries";
import type { TItem } from "../../lib/labeling/exercise-schema";
import { goldAnswersOf } from "../../lib/labeling/gold-answers";
import { gradeItem } from "../../lib/labeling/grade-item";
import { loadExerciseFile } from "../../lib/labeling/load-exercise-file";
import { validateItemAnswers } from "../../lib/labeling/validate-answers";
import { percentile, round, table } from "./stats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const exercisesDir = path.join(root, "content/courses/ai-trainer/exercises");
const p95LimitMs = 20;

const { values: args } = parseArgs({
  options: {
    submissions: { type: "string", default: "10000" },
    seed: { type: "string", default: "20260101" },
    warmup: { type: "string", default: "500" },
    synthetic: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const integer = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`);
  return n;
};
const submissionCount = integer("submissions", args.submissions, 1);
const seed = integer("seed", args.seed, 0);
const warmupCount = integer("warmup", args.warmup, 0);
// With --json, stdout carries only the JSON line; notes and the table go to stderr.
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

type TSource = { items: { setId: string; item: TItem }[]; synthetic: boolean; notes: string[] };

/** The real sets' items, or a seeded synthetic set when there is no valid exercise file yet. */
async function loadItems(): Promise<TSource> {
  const notes: string[] = [];
  const files = args.synthetic ? [] : (await readdir(exercisesDir).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  const items: TSource["items"] = [];
  for (const file of files) {
    const result = await loadExerciseFile(path.join(exercisesDir, file));
    if (!result.set) {
      notes.push(`skipped ${file}: ${result.problems.slice(0, 3).join("; ")}${result.problems.length > 3 ? " …" : ""}`);
      continue;
    }
    for (const item of result.set.items) items.push({ setId: result.set.id, item });
  }
  if (items.length > 0) return { items, synthetic: false, notes };
  const why = args.synthetic ? "--synthetic" : `no valid exercise set in ${path.relative(root, exercisesDir)}/*.yaml (${files.length} file(s))`;
  notes.push(`${why}: using a SYNTHETIC set of 60 generated items of the same shapes`);
  const generated = fc.sample(arbitraryItem(), { numRuns: 59, seed }).map((item, i) => ({ ...item, id: `synthetic-${i + 1}` }));
  return { items: [exampleItem(), ...generated].map((item) => ({ setId: "synthetic", item })), synthetic: true, notes };
}

/** Gold answers of every item must validate and grade 1: a mismatch is a problem in the exercise file. */
function checkGold(items: TSource["items"]): string[] {
  return items.flatMap(({ setId, item }) => {
    const validated = validateItemAnswers(item, goldAnswersOf(item));
    if (!validated.ok) return [`${setId}/${item.id}: gold answers rejected ${JSON.stringify(validated.fieldErrors)}`];
    const score = gradeItem(item, validated.answers).score;
    return score === 1 ? [] : [`${setId}/${item.id}: gold answers grade ${score}, not 1`];
  });
}

/** `count` random valid submissions spread evenly over the items, as JSON-decoded `unknown`s. */
function generateSubmissions(items: TSource["items"], count: number, salt: number): { item: TItem; raw: unknown }[] {
  const perItem = items.map(({ item }, i) => {
    const share = Math.floor(count / items.length) + (i < count % items.length ? 1 : 0);
    return share === 0 ? [] : fc.sample(arbitraryAnswers(item), { numRuns: share, seed: seed + salt + i });
  });
  return Array.from({ length: count }, (_, n) => {
    const index = n % items.length;
    const answers = perItem[index]![Math.floor(n / items.length)]!;
    return { item: items[index]!.item, raw: JSON.parse(JSON.stringify(answers)) as unknown };
  });
}

const source = await loadItems();
for (const note of source.notes) say(`note: ${note}`);
const goldProblems = checkGold(source.items);
for (const problem of goldProblems) say(`gold: ${problem}`);

const warmup = generateSubmissions(source.items, warmupCount, 1_000_000);
const submissions = generateSubmissions(source.items, submissionCount, 0);
for (const { item, raw } of warmup) {
  const validated = validateItemAnswers(item, raw);
  if (validated.ok) gradeItem(item, validated.answers);
}

const durations: number[] = [];
const rejected: string[] = [];
let rewriteChecks = 0;
const started = performance.now();
for (const { item, raw } of submissions) {
  const t0 = performance.now();
  const validated = validateItemAnswers(item, raw);
  const grade = validated.ok ? gradeItem(item, validated.answers) : null;
  durations.push(performance.now() - t0);
  if (!validated.ok) rejected.push(`${item.id}: ${JSON.stringify(validated.fieldErrors)}`);
  else rewriteChecks += grade!.fields.filter((field) => field.verdict === "pending").length;
}
const totalMs = performance.now() - started;

const figures = {
  source: source.synthetic ? "synthetic" : "content",
  sets: new Set(source.items.map(({ setId }) => setId)).size,
  items: source.items.length,
  submissions: durations.length,
  rejected: rejected.length,
  rewriteChecks,
  p50Ms: percentile(durations, 50),
  p95Ms: percentile(durations, 95),
  p99Ms: percentile(durations, 99),
  maxMs: Math.max(...durations),
  meanMs: durations.reduce((sum, d) => sum + d, 0) / durations.length,
  totalMs,
  goldProblems: goldProblems.length,
};
const ms = (value: number) => `${round(value, 3)} ms`;
say(
  table(
    `Validate + grade one submission (${figures.source === "synthetic" ? "SYNTHETIC set" : `${figures.sets} set(s) from content`}, ${figures.items} items)`,
    [
      ["submissions", figures.submissions, `${warmupCount} more untimed as warm-up`],
      ["rewrites checked", figures.rewriteChecks, "KaTeX on every $…$ / $$…$$"],
      ["p50", ms(figures.p50Ms)],
      ["p95", ms(figures.p95Ms), `limit < ${p95LimitMs} ms`],
      ["p99", ms(figures.p99Ms)],
      ["max", ms(figures.maxMs)],
      ["mean", ms(figures.meanMs)],
      ["total", ms(figures.totalMs), "timed loop, all submissions"],
      ["rejected", figures.rejected, "valid submissions must all pass"],
      ["gold problems", figures.goldProblems, "items whose gold answers fail validation or grade < 1"],
    ],
  ),
);
for (const line of rejected.slice(0, 5)) say(`rejected: ${line}`);
if (args.json) console.log(JSON.stringify(figures));

const failures = [
  ...(figures.p95Ms >= p95LimitMs ? [`p95 ${ms(figures.p95Ms)} ≥ ${p95LimitMs} ms`] : []),
  ...(rejected.length > 0 ? [`${rejected.length} valid submission(s) rejected`] : []),
];
for (const failure of failures) say(`FAIL: ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
