import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { listCompetencies, ZCompetencyStandard, type TCompetency } from "./competency-standard";

/** The occupation standard this course is mapped to (人工智能训练师). */
export const standardFile = "4-04-05-05.yaml";

/**
 * Reads `<contentDir>/standards/4-04-05-05.yaml` and returns its competencies, or null when the
 * file does not exist. Throws on a malformed file (content:check reports it).
 */
export async function loadCompetencies(contentDir: string): Promise<TCompetency[] | null> {
  let source: string;
  try {
    source = await readFile(path.join(contentDir, "standards", standardFile), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return listCompetencies(ZCompetencyStandard.parse(parse(source)));
}
