import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { listRulesInSource } from "../guidelines";
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

/** Lessons (Chinese slugs), guidelines with their rules, and exercise ids of one course folder. */
export async function indexCourse(courseDir: string, modules: Set<string>): Promise<TCourseIndex> {
  const lessons = new Set(
    (await listFiles(path.join(courseDir, "lessons")))
      .filter((name) => name.endsWith(".mdx") && !name.endsWith(".en.mdx"))
      .map((name) => name.slice(0, -".mdx".length)),
  );
  const guidelines = new Map<string, { id: string; title: string }[]>();
  for (const name of await listFiles(path.join(courseDir, "guidelines"))) {
    if (!name.endsWith(".mdx")) continue;
    const source = await readFile(path.join(courseDir, "guidelines", name), "utf8");
    guidelines.set(name.slice(0, -".mdx".length), listRulesInSource(source));
  }
  const exercises = new Set(
    (await listFiles(path.join(courseDir, "exercises")))
      .filter((name) => /\.(json|ya?ml)$/.test(name))
      .map((name) => name.replace(/\.(json|ya?ml)$/, "")),
  );
  return { modules, lessons, guidelines, exercises };
}
