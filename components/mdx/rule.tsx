import type { ReactNode } from "react";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { ruleAnchorId } from "@/lib/content/guidelines";
import { CopyLinkButton } from "./copy-link-button";

/**
 * One rule of a guideline document: a section with `id="rule-2-1"` (the target of RuleLink), an
 * h3 "规则 2.1 事实准确" whose number is the permalink, and a copy-link button. In the English UI (`locale` "en") a
 * rule with `titleEn` reads "Rule 2.1 Get the facts right" followed by the Chinese title in a
 * smaller `lang="zh-CN"` span, so labelers still see the wording of the rule document.
 */
export function Rule({
  id,
  title,
  titleEn,
  locale = "zh",
  children,
  labels,
}: {
  id: string;
  title: string;
  titleEn?: string;
  locale?: TLocale;
  children?: ReactNode;
  labels: TMessages["mdx"]["rule"];
}) {
  const anchorId = ruleAnchorId(id);
  const english = locale === "en" && titleEn ? titleEn : null;
  return (
    <section id={anchorId} aria-labelledby={`${anchorId}-title`} className="mdx-rule">
      <div className="mdx-rule-head">
        <h3 id={`${anchorId}-title`} className="mdx-rule-title">
          {/* The rule's number is its permalink. */}
          <a href={`#${anchorId}`} className="mdx-rule-number">
            {interpolate(labels.heading, { id })}
          </a>{" "}
          {english ? (
            <>
              <span lang="en">{english}</span>{" "}
              <span lang="zh-CN" className="mdx-rule-title-zh">
                {title}
              </span>
            </>
          ) : (
            title
          )}
        </h3>
        <CopyLinkButton anchorId={anchorId} copy={labels.copy} copied={labels.copied} copyFailed={labels.copyFailed} />
      </div>
      <div className="mdx-rule-body">{children}</div>
    </section>
  );
}
