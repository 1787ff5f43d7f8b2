import { readFile } from "node:fs/promises";
import path from "node:path";
import { guidelineFilePath, listRulesInSource } from "../guidelines";
import { splitFrontmatter } from "../frontmatter";
import type { TExerciseSet } from "../../labeling/exercise-schema";
import { loadExerciseFile } from "../../labeling/load-exercise-file";
import type { TProblem } from "./types";

function citedRules(set: TExerciseSet): { rule: string; where: string }[] {
  const cited: { rule: string; where: string }[] = [];
  for (const item of set.items) {
    for (const task of item.tasks) {
      const where = `item ${item.id} task ${task.id}`;
      if (task.type === "rubric") {
        for (const dimension of task.dimensions) cited.push({ rule: dimension.rule, where: `${where} dimension ${dimension.id}` });
        for (const [dimension, gold] of Object.entries(task.gold)) cited.push({ rule: gold.rule, where: `${where} gold ${dimension}` });
      } else cited.push({ rule: task.gold.rule, where: `${where} gold` });
      if (task.type === "rewrite") (task.checks ?? []).forEach((check, index) => cited.push({ rule: check.rule, where: `${where} check ${index + 1}` }));
    }
  }
  return cited;
}

/**
 * Validates an exercise file (schema, consistency, file name = id) and its ties to the guideline it
 * follows: the guideline exists, its version matches, and every rule cited exists in it.
 */
export async function checkExerciseFile(file: string, courseSlug: string, contentDir: string, problems: TProblem[]): Promise<void> {
  const result = await loadExerciseFile(file);
  if (!result.set) {
    for (const problem of result.problems) problems.push({ file, line: 1, column: 1, message: problem });
    return;
  }
  const set = result.set;
  const guidelineFile = guidelineFilePath(courseSlug, set.guideline, contentDir);
  const source = await readFile(guidelineFile, "utf8").catch(() => null);
  if (source === null) {
    problems.push({ file, line: 1, column: 1, message: `guideline "${set.guideline}" does not exist (${path.relative(process.cwd(), guidelineFile)})` });
    return;
  }
  const { data, body } = splitFrontmatter(source);
  const version = (data as { version?: unknown }).version;
  if (String(version) !== set.guidelineVersion) {
    problems.push({ file, line: 1, column: 1, message: `guidelineVersion "${set.guidelineVersion}" differs from ${set.guideline} version "${String(version)}"` });
  }
  const rules = new Set(listRulesInSource(body).map((rule) => rule.id));
  for (const { rule, where } of citedRules(set)) {
    if (!rules.has(rule)) problems.push({ file, line: 1, column: 1, message: `${where}: rule ${rule} does not exist in guideline "${set.guideline}"` });
  }
}
