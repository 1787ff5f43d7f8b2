import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { listRulesInSource } from "../guidelines";
import { listAnchorTables, type TAnchorTable } from "./check-anchor-tables";
import type { TCourseIndex } from "./types";

/** File names in `dir` (sorted); [] when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Sub-directory names of `dir` (sorted); [] when it does not exist. */
export async function listDirectories(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** True when an exercise file declares `qualification` (a timed test); unreadable files are left to the exercise check. */
async function isQualificationFile(file: string): Promise<boolean> {
  try {
    const source = await readFile(file, "utf8");
    const data: unknown = file.endsWith(".json") ? JSON.parse(source) : parse(source);
    return typeof data === "object" && data !== null && "qualification" in data;
  } catch {
    return false;
  }
}

/** Lessons (Chinese slugs), guidelines with their rules and anchor tables, and exercise ids of one course folder. */
export async function indexCourse(courseDir: string, modules: Set<string>): Promise<TCourseIndex> {
  const lessons = new Set(
    (await listFiles(path.join(courseDir, "lessons")))
      .filter((name) => name.endsWith(".mdx") && !name.endsWith(".en.mdx"))
      .map((name) => name.slice(0, -".mdx".length)),
  );
  const guidelines = new Map<string, { id: string; title: string }[]>();
  const anchorTables: TAnchorTable[] = [];
  for (const name of await listFiles(path.join(courseDir, "guidelines"))) {
    if (!name.endsWith(".mdx")) continue;
    const source = await readFile(path.join(courseDir, "guidelines", name), "utf8");
    guidelines.set(name.slice(0, -".mdx".length), listRulesInSource(source));
    anchorTables.push(...listAnchorTables(source));
  }
  const exercises = new Set<string>();
  for (const name of await listFiles(path.join(courseDir, "exercises"))) {
    if (!/\.(json|ya?ml)$/.test(name)) continue;
    // Qualification tests are not practice: lessons may not embed or list them (their gold stays hidden).
    if (await isQualificationFile(path.join(courseDir, "exercises", name))) continue;
    exercises.add(name.replace(/\.(json|ya?ml)$/, ""));
  }
  return { modules, lessons, guidelines, anchorTables, exercises };
}
