import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { ruleAnchorId } from "../guidelines";
import { readJsxProps, type TJsxElement } from "./jsx-attributes";
import type { TContentIndex, TPoint, TProblem } from "./types";

type TRefContext = { file: string; courseSlug: string; index: TContentIndex; problems: TProblem[] };

function publicFileExists(index: TContentIndex, url: string): boolean {
  let clean: string;
  try {
    clean = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
  } catch {
    return false;
  }
  const target = path.resolve(index.publicDir, `.${clean}`);
  if (!target.startsWith(index.publicDir + path.sep)) return false;
  return existsSync(target) && statSync(target).isFile();
}

function checkPublicFile(context: TRefContext, url: string, point: TPoint, what: string) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) {
    context.problems.push({ file: context.file, ...point, message: `${what} ${url} is external: put the file under public/ (the site only loads its own files)` });
  } else if (!url.startsWith("/")) {
    context.problems.push({ file: context.file, ...point, message: `${what} ${url} must be an absolute path under public/, e.g. /images/x.png` });
  } else if (!publicFileExists(context.index, url)) {
    context.problems.push({ file: context.file, ...point, message: `${what} ${url} does not exist under public/` });
  }
}

function checkRuleTarget(context: TRefContext, courseSlug: string, guideline: string, rule: string | null, point: TPoint) {
  const rules = context.index.courses.get(courseSlug)?.guidelines.get(guideline);
  if (!rules) {
    context.problems.push({ file: context.file, ...point, message: `guideline "${guideline}" does not exist (content/courses/${courseSlug}/guidelines/${guideline}.mdx)` });
  } else if (rule !== null && !rules.some((item) => item.id === rule)) {
    context.problems.push({ file: context.file, ...point, message: `guideline "${guideline}" has no rule ${rule}` });
  }
}

function checkLink(context: TRefContext, url: string, point: TPoint) {
  const [pathPart = "", fragment = ""] = url.split("#", 2);
  const pathname = pathPart.split("?")[0]?.replace(/\/$/, "") ?? "";
  const relative = /^\.\/([a-z0-9-]+)$/.exec(pathname);
  const absolute = /^\/courses\/([^/]+)(?:\/(lessons|guidelines)\/([^/]+))?$/.exec(pathname);
  const { problems, file, index } = context;
  if (relative) {
    if (!index.courses.get(context.courseSlug)?.lessons.has(relative[1] ?? "")) {
      problems.push({ file, ...point, message: `link ${url}: lesson "${relative[1]}" does not exist in course "${context.courseSlug}"` });
    }
  } else if (absolute) {
    const [, courseSlug = "", kind, target = ""] = absolute;
    const course = index.courses.get(courseSlug);
    if (!course) problems.push({ file, ...point, message: `link ${url}: course "${courseSlug}" does not exist` });
    else if (kind === "lessons" && !course.lessons.has(target)) {
      problems.push({ file, ...point, message: `link ${url}: lesson "${target}" does not exist in course "${courseSlug}"` });
    } else if (kind === "guidelines") {
      const rule = course.guidelines.get(target)?.find((item) => ruleAnchorId(item.id) === fragment);
      const wantsRule = fragment.startsWith("rule-");
      checkRuleTarget(context, courseSlug, target, wantsRule ? (rule?.id ?? fragment.slice(5).replaceAll("-", ".")) : null, point);
    }
  } else if (pathname.startsWith("/") && /\.[a-z0-9]+$/i.test(pathname)) {
    checkPublicFile(context, pathname, point, "linked file");
  }
}

/**
 * Checks that internal links (`/courses/<c>/lessons/<slug>`, `/courses/<c>/guidelines/<id>[#rule-…]`,
 * `./<slug>`), RuleLink targets, images and Figure/Video files exist.
 */
export function checkReferences(file: string, courseSlug: string, tree: Root, lineOffset: number, index: TContentIndex, problems: TProblem[]): void {
  const context: TRefContext = { file, courseSlug, index, problems };
  const pointOf = (node: { position?: { start: { line: number; column: number } } }): TPoint => ({
    line: (node.position?.start.line ?? 1) + lineOffset,
    column: node.position?.start.column ?? 1,
  });
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") checkLink(context, node.url, pointOf(node));
    else if (node.type === "image") checkPublicFile(context, node.url, pointOf(node), "image");
    else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") checkJsxReferences(context, node, lineOffset);
  });
}

function checkJsxReferences(context: TRefContext, node: TJsxElement, lineOffset: number) {
  const { props } = readJsxProps(node, lineOffset);
  const text = (name: string) => {
    const prop = props.get(name);
    return prop?.value.known && typeof prop.value.value === "string" ? { value: prop.value.value, point: prop.point } : null;
  };
  if (node.name === "Figure" || node.name === "Video") {
    for (const name of node.name === "Figure" ? ["src"] : ["src", "captions"]) {
      const prop = text(name);
      if (prop?.value.startsWith("/")) checkPublicFile(context, prop.value, prop.point, `${node.name} ${name}`);
    }
  }
  if (node.name === "RuleLink") {
    const guideline = text("guideline");
    const rule = text("rule");
    if (guideline) checkRuleTarget(context, context.courseSlug, guideline.value, rule?.value ?? null, rule?.point ?? guideline.point);
  }
}
