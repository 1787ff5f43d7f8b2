/**
 * npx tsx scripts/bench/profile-summary.ts <file.cpuprofile> [--top N]
 *
 * Where a V8 CPU profile's time went, as text: the functions with the most time of their own
 * (self) and the call paths that include the most (inclusive), each as a share of the profile.
 * Record one with any benchmark: `BENCH_CPU_PROF=/tmp/prof npm run bench:pages` (the server
 * writes its profile when stopped, see start-server.ts).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parentsOf, type TCpuProfile } from "./profile-windows";

type TNode = TCpuProfile["nodes"][number];

const { values: args, positionals } = parseArgs({ options: { top: { type: "string", default: "25" } }, allowPositionals: true });
if (positionals.length !== 1) throw new Error("usage: profile-summary.ts <file.cpuprofile> [--top N]");
const profile = JSON.parse(readFileSync(positionals[0]!, "utf8")) as TCpuProfile;
const top = Number(args.top);

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = parentsOf(profile);
const nameOf = (node: TNode) => {
  const file = node.callFrame.url.split("/").slice(-2).join("/");
  return `${node.callFrame.functionName || "(anonymous)"} ${file}${file ? `:${node.callFrame.lineNumber + 1}` : ""}`;
};

const selfById = new Map<number, number>();
profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfById.values()].reduce((sum, t) => sum + t, 0);

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, time] of selfById) {
  const leaf = byId.get(id)!;
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + time);
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const name = nameOf(byId.get(current)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }
}

const show = (title: string, times: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, time] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${name}`);
};
console.log(`${positionals[0]}: ${(total / 1e6).toFixed(1)} s sampled`);
show("self time (the function itself)", self);
show("inclusive time (the function and what it called)", inclusive);
