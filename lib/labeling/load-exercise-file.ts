import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { ZExerciseSet, type TExerciseSet } from "./exercise-schema";
import { checkExerciseSet } from "./check-exercise-set";

/**
 * Reads and validates one exercise file (YAML or JSON). Returns the set, or the list of problems
 * (schema errors with their path, then consistency problems). The file name must equal the set id.
 */
export async function loadExerciseFile(file: string): Promise<{ set: TExerciseSet; problems: [] } | { set: null; problems: string[] }> {
  const source = await readFile(file, "utf8");
  let data: unknown;
  try {
    data = file.endsWith(".json") ? JSON.parse(source) : parse(source);
  } catch (error) {
    return { set: null, problems: [`cannot parse: ${(error as Error).message.split("\n")[0]}`] };
  }
  const parsed = ZExerciseSet.safeParse(data);
  if (!parsed.success) return { set: null, problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  const problems = checkExerciseSet(parsed.data);
  const expectedId = path.basename(file).replace(/\.(ya?ml|json)$/, "");
  if (parsed.data.id !== expectedId) problems.unshift(`id "${parsed.data.id}" must equal the file name "${expectedId}"`);
  return problems.length ? { set: null, problems } : { set: parsed.data, problems: [] };
}
