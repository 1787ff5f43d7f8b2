import type { ReactNode } from "react";
import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";
import { ruleAnchorId } from "@/lib/content/guidelines";

/** The URL of a guideline rule: `/courses/<course>/guidelines/<guideline>#rule-2-1`. */
export function buildRuleHref(courseSlug: string, guideline: string, rule: string): string {
  return `/courses/${courseSlug}/guidelines/${guideline}#${ruleAnchorId(rule)}`;
}

/** An inline link to a rule of a guideline document of the same course. */
export function RuleLink({
  guideline,
  rule,
  children,
  courseSlug,
  labels,
}: {
  guideline: string;
  rule: string;
  children?: ReactNode;
  courseSlug: string;
  labels: TMessages["mdx"]["ruleLink"];
}) {
  return (
    <Link href={buildRuleHref(courseSlug, guideline, rule)} title={interpolate(labels.title, { guideline, rule })} className="mdx-rule-link">
      {children ?? `${guideline} ${rule}`}
    </Link>
  );
}
