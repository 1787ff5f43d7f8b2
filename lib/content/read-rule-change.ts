import "server-only";
import { compareVersions, releasesBetween, type TGuidelineRelease } from "../labeling/guideline-changelog";
import { loadGuidelineMeta, type TGuidelineRule } from "./guidelines";
import { getDb } from "../db";
import type { TExerciseSet } from "../labeling/exercise-schema";
import { findAffectedAnswers, type TAffectedAnswer } from "../labeling/rule-change-impact";

export type TRuleChangeView = {
  /** The version before the releases shown, and the set's (current) version. */
  fromVersion: string;
  toVersion: string;
  /** Releases after `fromVersion` up to the set's version, oldest first. */
  releases: TGuidelineRelease[];
  /** Titles of the guideline's current rules, for the changes shown. */
  ruleTitles: Record<string, string>;
  affected: TAffectedAnswer[];
  stillValid: number;
};

/**
 * What changed in the guideline a set follows, and which of the caller's own answers to the set it
 * affects. The releases shown start from the oldest version the caller answered under, or from the
 * version the newest release replaced when the caller has no older answer. Null when the guideline has no
 * changelog reaching the set's version. Reads only `userId`'s submissions.
 */
export async function readRuleChange(userId: string, courseSlug: string, set: TExerciseSet): Promise<TRuleChangeView | null> {
  const meta = await loadGuidelineMeta(courseSlug, set.guideline);
  const changelog = meta?.frontmatter.changelog ?? [];
  const reaching = changelog.filter((release) => compareVersions(release.version, set.guidelineVersion) <= 0).sort((a, b) => compareVersions(a.version, b.version));
  const newest = reaching.at(-1);
  if (!meta || !newest || newest.version !== set.guidelineVersion) return null;
  const db = await getDb();
  const answers = await db.exerciseSubmission.findMany({
    where: { userId, courseSlug, setId: set.id, attemptId: null },
    select: { itemId: true, guidelineVersion: true, createdAt: true },
  });
  const { affected, stillValid } = findAffectedAnswers(set, changelog, answers);
  const oldest = answers.map((answer) => answer.guidelineVersion).filter((version) => compareVersions(version, set.guidelineVersion) < 0).sort(compareVersions)[0];
  const fromVersion = oldest ?? newest.previous;
  const releases = releasesBetween(changelog, fromVersion, set.guidelineVersion);
  const ruleTitles = Object.fromEntries(meta.rules.map((rule: TGuidelineRule) => [rule.id, rule.title]));
  return { fromVersion, toVersion: set.guidelineVersion, releases, ruleTitles, affected, stillValid };
}
