import { z } from "zod";

// Shared by the server renderer, the CLI content checker and the labeling domain: no "server-only".

const ZText = z.string().trim().min(1);
const ZVersion = z.string().regex(/^\d+(\.\d+)*$/, 'must look like "1.1"');

/** One rule's change in a guideline version: what it said before and what it says now. */
export const ZRuleChange = z.object({
  rule: z.string().regex(/^\d+\.\d+$/, 'a rule id like "2.1"'),
  kind: z.enum(["added", "changed", "removed"]),
  /** The rule's wording before the change (not for an added rule). */
  before: ZText.optional(),
  /** The rule's wording after the change (not for a removed rule). */
  after: ZText.optional(),
  /** What this means for labels, in a sentence each language. */
  note: ZText,
  noteEn: ZText,
});

/** One released version of a guideline and the rules it changed against the version before it. */
export const ZGuidelineRelease = z.object({
  version: ZVersion,
  /** The version this release replaces (its changes are against it). */
  previous: ZVersion,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2026-11-20"),
  summary: ZText,
  summaryEn: ZText,
  changes: z.array(ZRuleChange).min(1),
});

export const ZGuidelineChangelog = z.array(ZGuidelineRelease).min(1);
export type TRuleChange = z.infer<typeof ZRuleChange>;
export type TGuidelineRelease = z.infer<typeof ZGuidelineRelease>;

/** Compares dotted versions numerically ("1.10" > "1.9"): negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The releases after `fromVersion` up to and including `toVersion`, oldest first: what a labeler who
 * worked under `fromVersion` has to learn to work under `toVersion`. Empty when nothing lies between.
 */
export function releasesBetween(changelog: readonly TGuidelineRelease[], fromVersion: string, toVersion: string): TGuidelineRelease[] {
  return changelog
    .filter((release) => compareVersions(release.version, fromVersion) > 0 && compareVersions(release.version, toVersion) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** Ids of the rules added, changed or removed after `fromVersion` up to `toVersion`. */
export function rulesChangedBetween(changelog: readonly TGuidelineRelease[], fromVersion: string, toVersion: string): Set<string> {
  return new Set(releasesBetween(changelog, fromVersion, toVersion).flatMap((release) => release.changes.map((change) => change.rule)));
}

/**
 * Problems of a changelog against its guideline: releases in ascending order, each replacing the one
 * before it (`previous`), the newest equal to
 * the guideline's `version`, added/changed rules present in the guideline, removed rules absent,
 * `before` given except for added rules and `after` except for removed ones.
 */
export function checkChangelog(changelog: readonly TGuidelineRelease[], version: string, ruleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  changelog.forEach((release, index) => {
    const previous = changelog[index - 1];
    if (previous && compareVersions(release.version, previous.version) <= 0)
      problems.push(`changelog: version ${release.version} must come after ${previous.version}`);
    if (compareVersions(release.previous, release.version) >= 0)
      problems.push(`changelog ${release.version}: previous ${release.previous} must be an earlier version`);
    else if (previous && release.previous !== previous.version)
      problems.push(`changelog ${release.version}: previous is ${release.previous}, but the release before it is ${previous.version}`);
    for (const change of release.changes) {
      const at = `changelog ${release.version} rule ${change.rule}`;
      if (change.kind === "removed" ? ruleIds.has(change.rule) : !ruleIds.has(change.rule)) {
        problems.push(change.kind === "removed" ? `${at}: removed, but the guideline still has it` : `${at}: the guideline has no rule ${change.rule}`);
      }
      if (change.kind !== "added" && !change.before) problems.push(`${at}: a ${change.kind} rule needs its wording before (before:)`);
      if (change.kind !== "removed" && !change.after) problems.push(`${at}: a ${change.kind} rule needs its wording after (after:)`);
    }
  });
  const newest = changelog.at(-1);
  if (newest && newest.version !== version) problems.push(`changelog: the newest release is ${newest.version}, the guideline's version is ${version}`);
  return problems;
}
