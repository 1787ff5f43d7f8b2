import { readFile } from "node:fs/promises";
import path from "node:path";
import { ZGuidelineChangelog } from "../../labeling/guideline-changelog";
import { guidelineFilePath, listRulesInSource } from "../guidelines";
import { splitFrontmatter } from "../frontmatter";
import type { TExerciseSet } from "../../labeling/exercise-schema";
import { loadExerciseFile } from "../../labeling/load-exercise-file";
import { checkTolerancePolicy } from "./check-tolerance-policy";
import type { TProblem } from "./types";

function citedRules(set: TExerciseSet): { rule: string; guideline: string; where: string }[] {
  const cited: { rule: string; guideline: string; where: string }[] = [];
  for (const item of set.items) {
    const guideline = item.guideline ?? set.guideline;
    for (const task of item.tasks) {
      const where = `item ${item.id} task ${task.id}`;
      if (task.type === "audit") {
        for (const [label, gold] of Object.entries(task.gold)) cited.push({ rule: gold.rule, guideline, where: `${where} gold ${label}` });
        for (const rule of task.rules) cited.push({ rule, guideline, where: `${where} rules` });
      } else if (task.type === "rubric") {
        for (const dimension of task.dimensions) cited.push({ rule: dimension.rule, guideline, where: `${where} dimension ${dimension.id}` });
        for (const [dimension, gold] of Object.entries(task.gold)) cited.push({ rule: gold.rule, guideline, where: `${where} gold ${dimension}` });
      } else cited.push({ rule: task.gold.rule, guideline, where: `${where} gold` });
      if (task.type === "rewrite") (task.checks ?? []).forEach((check, index) => cited.push({ rule: check.rule, guideline, where: `${where} check ${index + 1}` }));
    }
    for (const rule of item.rules ?? []) cited.push({ rule, guideline: item.guideline ?? set.guideline, where: `item ${item.id} rules` });
  }
  return cited;
}

/**
 * Validates an exercise file (schema, consistency, file name = id) and its ties to the guidelines
 * it follows: the set's guideline exists and its version matches, every rule cited exists in the
 * guideline of its item (an item may name its own; an item's `rules` may also name a rule its
 * guideline's changelog removed), every competency code exists in the standard (`competencies`
 * null: no standard file, so every code is unknown), and the tolerance policy
 * (check-tolerance-policy.ts). Returns the set when it loaded, for the checks across sets.
 */
export async function checkExerciseFile(file: string, courseSlug: string, contentDir: string, competencies: ReadonlySet<string> | null, problems: TProblem[]): Promise<TExerciseSet | null> {
  const result = await loadExerciseFile(file);
  if (!result.set) {
    for (const problem of result.problems) problems.push({ file, line: 1, column: 1, message: problem });
    return null;
  }
  const set = result.set;
  const report = (message: string) => problems.push({ file, line: 1, column: 1, message });
  for (const code of set.competencies) {
    if (!competencies?.has(code)) report(`competency "${code}" does not exist in content/standards/4-04-05-05.yaml`);
  }
  for (const message of checkTolerancePolicy(set)) report(message);
  const rulesByGuideline = new Map<string, Set<string> | null>();
  const removedByGuideline = new Map<string, Set<string>>();
  for (const guideline of new Set([set.guideline, ...set.items.flatMap((item) => (item.guideline ? [item.guideline] : []))])) {
    const guidelineFile = guidelineFilePath(courseSlug, guideline, contentDir);
    const source = await readFile(guidelineFile, "utf8").catch(() => null);
    if (source === null) {
      report(`guideline "${guideline}" does not exist (${path.relative(process.cwd(), guidelineFile)})`);
      rulesByGuideline.set(guideline, null);
      continue;
    }
    const { data, body } = splitFrontmatter(source);
    const version = (data as { version?: unknown }).version;
    if (guideline === set.guideline && String(version) !== set.guidelineVersion) {
      report(`guidelineVersion "${set.guidelineVersion}" differs from ${set.guideline} version "${String(version)}"`);
    }
    rulesByGuideline.set(guideline, new Set(listRulesInSource(body).map((rule) => rule.id)));
    const changelog = ZGuidelineChangelog.safeParse((data as { changelog?: unknown }).changelog);
    removedByGuideline.set(guideline, new Set(changelog.success ? changelog.data.flatMap((release) => release.changes.filter((change) => change.kind === "removed").map((change) => change.rule)) : []));
  }
  for (const { rule, guideline, where } of citedRules(set)) {
    const rules = rulesByGuideline.get(guideline);
    // An item may rest on a rule a later version removed: its earlier answers are then affected.
    const removed = where.endsWith(" rules") && !where.includes(" task ") && removedByGuideline.get(guideline)?.has(rule);
    if (rules && !rules.has(rule) && !removed) report(`${where}: rule ${rule} does not exist in guideline "${guideline}"`);
  }
  return set;
}
