import { readdir } from "node:fs/promises";
import path from "node:path";

let productionFolders: Promise<ReadonlySet<string>> | undefined;

async function readCourseFolders(root: string): Promise<ReadonlySet<string>> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
}

/**
 * The course folders under content/courses. Content does not change under a production server,
 * so there they are listed once per process: the per-course caches then hold only courses that
 * exist, however many other names are asked for (see load-course.ts, load-exercise-sets.ts).
 */
export function listCourseFolders(root = path.join(process.cwd(), "content", "courses")): Promise<ReadonlySet<string>> {
  if (process.env.NODE_ENV !== "production") return readCourseFolders(root);
  productionFolders ??= readCourseFolders(root);
  return productionFolders;
}
