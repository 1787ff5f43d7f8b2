import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layout's rules (README "Map of the code"), checked on every import of the source tree:
 * arrows point down (app → components → lib; tools and test support beside them), and no two
 * folders of lib/ import each other.
 */
const root = path.resolve(import.meta.dirname, "..");
const skipped = new Set(["node_modules", ".next", "generated", ".data", "test-results", "playwright-report", ".git"]);
const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(relative, out);
    else if (/\.(ts|tsx|mts)$/.test(entry.name)) out.push(relative);
  }
  return out;
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const extension of extensions) {
    const candidate = base + extension;
    try {
      if (statSync(path.join(root, candidate)).isFile()) return path.normalize(candidate);
    } catch {
      // not this one
    }
  }
  return path.normalize(base);
}

type TImport = { from: string; to: string };

const imports: TImport[] = ["app", "components", "lib", "scripts", "tools", "test", "e2e", "prisma"].flatMap((dir) =>
  sourceFiles(dir).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    return [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']|vi\.mock\(\s*["']([^"']+)["']/g)]
      .map((match) => resolve(file, (match[1] ?? match[2]) as string))
      .filter((to): to is string => to !== null)
      .map((to) => ({ from: file, to }));
  }),
);

const top = (file: string) => file.split(path.sep)[0];
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const show = (found: TImport[]) => found.map(({ from, to }) => `${from} → ${to}`);

describe("the layout of the code", () => {
  it("reads a real tree", () => {
    expect(imports.length).toBeGreaterThan(1000);
  });

  it("lib imports nothing from app, components, scripts, or the inside of a tool", () => {
    const climbing = imports.filter(({ from, to }) => {
      if (top(from) !== "lib") return false;
      if (["app", "components", "scripts"].includes(top(to)!)) return true;
      if (top(to) === "tools") return path.basename(to) !== "index.ts";
      return top(to) === "test" && !isTest(from);
    });
    expect(show(climbing)).toEqual([]);
  });

  it("components import nothing from app; app and components nothing from test support", () => {
    const wrong = imports.filter(
      ({ from, to }) =>
        (top(from) === "components" && top(to) === "app") || (["app", "components"].includes(top(from)!) && !isTest(from) && top(to) === "test"),
    );
    expect(show(wrong)).toEqual([]);
  });

  it("tools depend on nothing of the app", () => {
    const wrong = imports.filter(({ from, to }) => top(from) === "tools" && ["app", "components", "lib", "scripts", "test"].includes(top(to)!));
    expect(show(wrong)).toEqual([]);
  });

  it("no two folders of lib import each other", () => {
    const folder = (file: string) => (top(file) === "lib" && file.split(path.sep).length > 2 ? file.split(path.sep)[1] : null);
    const pairs = new Map<string, TImport>();
    for (const edge of imports) {
      const [a, b] = [folder(edge.from), folder(edge.to)];
      if (a && b && a !== b) pairs.set(`${a}→${b}`, edge);
    }
    const mutual = [...pairs.keys()]
      .map((key) => key.split("→") as [string, string])
      .filter(([a, b]) => a < b && pairs.has(`${b}→${a}`))
      .map(([a, b]) => `${a} ⇄ ${b}: ${show([pairs.get(`${a}→${b}`)!, pairs.get(`${b}→${a}`)!]).join(", ")}`);
    expect(mutual).toEqual([]);
  });
});
