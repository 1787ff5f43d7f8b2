/**
 * npm run bench:agreement [-- --learners N] [--items N] [--runs N] [--warmup N] [--seed S] [--json]
 *
 * Time of one full agreement computation over a class: Krippendorff's α (nominal, ordinal,
 * interval) over all learners, Fleiss' κ over the complete units, and Cohen's κ (quadratic
 * weights) of every learner against gold. Pure code from lib/labeling/agreement, no database.
 *
 * Data: a seeded, deterministic units × learners matrix of scores 1–5 (default 50 learners ×
 * 1,000 items). Each learner is gold ± noise of their own size; about 10 % of answers are missing,
 * all of them in the second half of the items (late items skipped), so the first half stays
 * complete for Fleiss' κ. Each run includes building the Fleiss table and the learner columns.
 * Exits 1 if p95 ≥ 200 ms (the goal: 50 learners × 1,000 items in under 200 ms).
 */
import { parseArgs } from "node:util";
import { cohenKappa } from "../../lib/labeling/agreement/cohen-kappa";
import { fleissKappa } from "../../lib/labeling/agreement/fleiss-kappa";
import { fleissTableFromMatrix } from "../../lib/labeling/agreement/fleiss-table-from-matrix";
import { krippendorffAlpha } from "../../lib/labeling/agreement/krippendorff-alpha";
import { percentile, round, table } from "./stats";

const goalMs = 200;
const scale = [1, 2, 3, 4, 5];

const { values: args } = parseArgs({
  options: {
    learners: { type: "string", default: "50" },
    items: { type: "string", default: "1000" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "10" },
    seed: { type: "string", default: "20260101" },
    json: { type: "boolean", default: false },
  },
});
const integer = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`);
  return n;
};
const learnerCount = integer("learners", args.learners, 2);
const itemCount = integer("items", args.items, 2);
const runCount = integer("runs", args.runs, 1);
const warmupCount = integer("warmup", args.warmup, 0);
const seed = integer("seed", args.seed, 0);
const say = args.json ? (line: string) => console.error(line) : (line: string) => console.log(line);

/** mulberry32: a small seeded PRNG, so every run sees the same data. */
function randomSource(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = randomSource(seed);
const gold = Array.from({ length: itemCount }, () => 1 + Math.floor(random() * 5));
const noise = Array.from({ length: learnerCount }, () => 0.3 + random() * 1.2);
const halfway = Math.floor(itemCount / 2);
const matrix: (number | null)[][] = gold.map((truth, item) =>
  noise.map((spread) => {
    if (item >= halfway && random() < 0.2) return null;
    const offset = Math.round((random() + random() + random() - 1.5) * spread * 2);
    return Math.min(5, Math.max(1, truth + offset));
  }),
);
const missing = matrix.flat().filter((value) => value === null).length;

type TFigures = { alpha: Record<"nominal" | "ordinal" | "interval", number | null>; fleiss: number | null; completeUnits: number; cohenMean: number | null };

/** One full computation, as a class report would run it. */
function computeAll(): TFigures {
  const alpha = {
    nominal: krippendorffAlpha(matrix, { metric: "nominal", domain: scale }).alpha,
    ordinal: krippendorffAlpha(matrix, { metric: "ordinal", domain: scale }).alpha,
    interval: krippendorffAlpha(matrix, { metric: "interval", domain: scale }).alpha,
  };
  const fleissTable = fleissTableFromMatrix(matrix, { categories: scale });
  const fleiss = fleissKappa(fleissTable.table).kappa;
  let sum = 0;
  let defined = 0;
  for (let learner = 0; learner < learnerCount; learner += 1) {
    const answers = matrix.map((row) => row[learner] ?? null);
    const kappa = cohenKappa(gold, answers, { categories: scale, weights: "quadratic" }).kappa;
    if (kappa !== null) {
      sum += kappa;
      defined += 1;
    }
  }
  return { alpha, fleiss, completeUnits: fleissTable.table.length, cohenMean: defined === 0 ? null : sum / defined };
}

for (let i = 0; i < warmupCount; i += 1) computeAll();
const durations: number[] = [];
let figures = computeAll();
for (let i = 0; i < runCount; i += 1) {
  const t0 = performance.now();
  figures = computeAll();
  durations.push(performance.now() - t0);
}

const p50Ms = percentile(durations, 50);
const p95Ms = percentile(durations, 95);
const maxMs = Math.max(...durations);
const meanMs = durations.reduce((sum, d) => sum + d, 0) / durations.length;
const ms = (value: number) => `${round(value, 2)} ms`;
const stat = (value: number | null) => (value === null ? "undefined" : round(value, 3));
const underGoal = p95Ms < goalMs;

say(
  table(`Agreement over ${learnerCount} learners × ${itemCount} items (seed ${seed}, scores 1–5)`, [
    ["missing answers", `${round((100 * missing) / (learnerCount * itemCount), 1)} %`, `${missing} of ${learnerCount * itemCount}`],
    ["runs", runCount, `${warmupCount} more untimed as warm-up`],
    ["p50", ms(p50Ms), "α ×3 + Fleiss' κ + Cohen's κ per learner"],
    ["p95", ms(p95Ms), `goal < ${goalMs} ms: ${underGoal ? "MET" : "NOT MET"}`],
    ["max", ms(maxMs)],
    ["mean", ms(meanMs)],
    ["α nominal", stat(figures.alpha.nominal)],
    ["α ordinal", stat(figures.alpha.ordinal)],
    ["α interval", stat(figures.alpha.interval)],
    ["Fleiss' κ", stat(figures.fleiss), `over ${figures.completeUnits} complete units`],
    ["Cohen's κ (mean)", stat(figures.cohenMean), "quadratic weights, each learner vs gold"],
  ]),
);
if (args.json)
  console.log(
    JSON.stringify({ learners: learnerCount, items: itemCount, runs: runCount, missing, p50Ms, p95Ms, maxMs, meanMs, goalMs, underGoal, ...figures }),
  );
if (!underGoal) say(`FAIL: p95 ${ms(p95Ms)} ≥ ${goalMs} ms`);
process.exit(underGoal ? 0 : 1);
