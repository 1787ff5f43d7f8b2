import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { isContentSlug } from "../validation/content-slug";
import { splitFrontmatter } from "./frontmatter";
import { ZGuidelineChangelog } from "../labeling/guideline-changelog";

// Shared by the server renderer and the CLI content checker, so it must not import "server-only".

const ZText = z.string().trim().min(1);

/** Frontmatter of content/courses/<course>/guidelines/<id>.mdx. `version` must be a quoted string like "1.2". */
export const ZGuidelineFrontmatter = z.object({
  title: ZText,
  titleEn: ZText,
  version: z
    .string({ error: 'must be a quoted string like "1.2" (unquoted, YAML reads 1.10 as the number 1.1)' })
    .regex(/^\d+(\.\d+)*$/, 'must look like "1.2"'),
  summary: ZText,
  summaryEn: ZText,
  /** Releases and the rules each changed, oldest first; the newest is `version` (guideline-changelog.ts). */
  changelog: ZGuidelineChangelog.optional(),
});
export type TGuidelineFrontmatter = z.infer<typeof ZGuidelineFrontmatter>;

/** A rule of a guideline; `titleEn` is its English title (the checker requires it in guidelines). */
export type TGuidelineRule = { id: string; title: string; titleEn?: string };

/** `rule-2-1` for rule "2.1": the element id of a rule section and the fragment RuleLink points at. */
export function ruleAnchorId(ruleId: string): string {
  return `rule-${ruleId.replaceAll(".", "-")}`;
}

const ruleTagPattern = /<Rule\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
const attributePattern = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/g;

function blankCode(source: string): string {
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, " "))
    .replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
}

/**
 * The `<Rule id="…" title="…" titleEn="…">` tags of a guideline source, in document order. Tags inside code
 * blocks or inline code are ignored; a tag without both attributes is skipped (the checker reports it).
 */
export function listRulesInSource(source: string): TGuidelineRule[] {
  const rules: TGuidelineRule[] = [];
  for (const tag of blankCode(source).matchAll(ruleTagPattern)) {
    const attributes = new Map<string, string>();
    for (const attribute of (tag[1] ?? "").matchAll(attributePattern)) {
      const value = attribute.slice(2).find((part) => part !== undefined) ?? "";
      attributes.set(attribute[1] ?? "", value);
    }
    const id = attributes.get("id");
    const title = attributes.get("title");
    const titleEn = attributes.get("titleEn");
    if (id && title) rules.push(titleEn ? { id, title, titleEn } : { id, title });
  }
  return rules;
}

/** content/courses/<course>/guidelines/<id>.mdx under `contentDir` (default: ./content). */
export function guidelineFilePath(courseSlug: string, guidelineId: string, contentDir = path.join(process.cwd(), "content")): string {
  return path.join(contentDir, "courses", courseSlug, "guidelines", `${guidelineId}.mdx`);
}

/**
 * The rules ({id, title, titleEn}) of a guideline, read from its source. Returns [] for an invalid slug or
 * a guideline file that does not exist.
 */
export async function listGuidelineRules(courseSlug: string, guidelineId: string, contentDir?: string): Promise<TGuidelineRule[]> {
  if (!isContentSlug(courseSlug) || !isContentSlug(guidelineId)) return [];
  try {
    return listRulesInSource(await readFile(guidelineFilePath(courseSlug, guidelineId, contentDir), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * A guideline's frontmatter (version, changelog…) and rules, read from its source; null for an
 * invalid slug, a missing file or frontmatter that does not validate (content:check reports those).
 */
export async function loadGuidelineMeta(courseSlug: string, guidelineId: string, contentDir?: string): Promise<{ frontmatter: TGuidelineFrontmatter; rules: TGuidelineRule[] } | null> {
  if (!isContentSlug(courseSlug) || !isContentSlug(guidelineId)) return null;
  const source = await readFile(guidelineFilePath(courseSlug, guidelineId, contentDir), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (source === null) return null;
  const { data, body } = splitFrontmatter(source);
  const parsed = ZGuidelineFrontmatter.safeParse(data);
  return parsed.success ? { frontmatter: parsed.data, rules: listRulesInSource(body) } : null;
}

/**
 * A guideline's title in both languages from its frontmatter ("通用标注规范" / "General annotation
 * guidelines"), or null for an invalid slug, a missing file or frontmatter without titles.
 */
export async function readGuidelineTitle(courseSlug: string, guidelineId: string, contentDir?: string): Promise<{ title: string; titleEn: string } | null> {
  if (!isContentSlug(courseSlug) || !isContentSlug(guidelineId)) return null;
  try {
    const { data } = splitFrontmatter(await readFile(guidelineFilePath(courseSlug, guidelineId, contentDir), "utf8"));
    const parsed = z.object({ title: z.string(), titleEn: z.string() }).safeParse(data);
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
