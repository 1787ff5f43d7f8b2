import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * What the app exposes, read at test time from the source (app/) and the production build's
 * server-reference manifest: pages, route handlers (per method) and server actions. The
 * authorization matrix and the fuzz suite both start here, so a new route or action cannot
 * slip past them.
 */

/** Playwright runs from the repository root. */
const root = process.cwd();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "app/(staff)/staff/cohorts/[cohortId]/page.tsx" → "/staff/cohorts/[cohortId]" (route groups dropped). */
function routeOf(file: string): string {
  const segments = path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/**
 * Every page (page.tsx / page.ts) as the URL people use: pages live under app/[locale]/ and
 * proxy.ts rewrites to them (lib/http/page-route.ts), so "/[locale]" is dropped; the signed-in
 * variants of public pages (/[locale]/member/…) answer the same URL; the catch-all 404 page is none.
 */
export function listPages(): string[] {
  const urls = walk(path.join(root, "app"))
    .filter((file) => /[/\\]page\.tsx?$/.test(file))
    .map(routeOf)
    .map((route) => route.replace(/^\/\[locale\](?=\/|$)/, "").replace(/^\/member(?=\/|$)/, "") || "/")
    .filter((route) => !route.includes("[..."));
  return [...new Set(urls)].sort();
}

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route handler method as "METHOD /pattern", read from the exports of each route.ts. */
export function listRouteHandlers(): string[] {
  const out: string[] = [];
  for (const file of walk(path.join(root, "app")).filter((f) => /[/\\]route\.tsx?$/.test(f))) {
    const source = readFileSync(file, "utf8");
    const exported = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) exported.add(match[1]!);
    for (const match of source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}/g))
      for (const name of match[1]!.split(","))
        exported.add(
          name
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g))
      for (const name of match[1]!.split(","))
        exported.add(
          name
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
    for (const method of methods) if (exported.has(method)) out.push(`${method} ${routeOf(file)}`);
  }
  // Metadata route handlers Next.js generates from special files.
  if (walk(path.join(root, "app")).some((f) => /[/\\]app[/\\]manifest\.ts$/.test(f))) out.push("GET /manifest.webmanifest");
  return out.sort();
}

export type TServerAction = { key: string; id: string | null; file: string; name: string };

/** "lib/refunds/actions.ts" + "approveRefundAction" → "actions#approveRefundAction". */
export function actionKey(file: string, name: string): string {
  return `${path.basename(file).replace(/\.tsx?$/, "")}#${name}`;
}

function sourceActions(): Array<{ file: string; name: string }> {
  const out: Array<{ file: string; name: string }> = [];
  for (const dir of ["app", "lib", "components"]) {
    for (const file of walk(path.join(root, dir)).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
      const source = readFileSync(file, "utf8");
      // A module of server actions: "use server" as its first statement.
      if (!/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source)) continue;
      const relative = path.relative(root, file).split(path.sep).join("/");
      for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Za-z0-9_$]+)/g)) out.push({ file: relative, name: match[1]! });
    }
  }
  return out;
}

/**
 * Every server action: the exports of modules that start with "use server" (app/, lib/,
 * components/), with their ids from the build's .next/server/server-reference-manifest.json
 * (null when the build has none for it: not reachable, which the matrix reports).
 */
export function listServerActions(): TServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const idOf = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  const fromSource = sourceActions();
  const known = new Set(fromSource.map((a) => `${a.file}#${a.name}`));
  // Anything the build registered that the source scan missed (e.g. inline "use server" functions).
  const fromBuild = Object.values(manifest.node)
    .filter((entry) => !known.has(`${entry.filename}#${entry.exportedName}`) && existsSync(path.join(root, entry.filename)))
    .map((entry) => ({ file: entry.filename, name: entry.exportedName }));
  return [...fromSource, ...fromBuild]
    .map(({ file, name }) => ({ key: actionKey(file, name), id: idOf.get(`${file}#${name}`) ?? null, file, name }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
