import type { ReactNode } from "react";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { ruleAnchorId } from "@/lib/content/guidelines";
import { CopyLinkButton } from "./copy-link-button";

/**
 * One rule of a guideline document: a section with `id="rule-2-1"` (the target of RuleLink), an
 * h3 "规则 2.1 事实准确", a permalink and a copy-link button. In the English UI (`locale` "en") a
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
    <section id={anchorId} aria-labelledby={`${anchorId}-title`} className="my-8 scroll-mt-24 rounded-lg border border-slate-200 px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${anchorId}-title`} className="m-0 text-lg font-bold text-slate-900">
          <span className="mr-1 text-brand-700">{interpolate(labels.heading, { id })}</span>{" "}
          {english ? (
            <>
              <span lang="en">{english}</span>{" "}
              <span lang="zh-CN" className="ml-1 text-sm font-normal text-slate-500">
                {title}
              </span>
            </>
          ) : (
            title
          )}
        </h3>
        <span className="inline-flex items-center gap-2">
          <a
            href={`#${anchorId}`}
            aria-label={interpolate(labels.anchor, { id })}
            className="inline-flex min-h-9 min-w-9 items-center justify-center rounded-md text-slate-500 hover:text-brand-700"
          >
            <span aria-hidden="true">#</span>
          </a>
          <CopyLinkButton anchorId={anchorId} labels={labels} />
        </span>
      </div>
      <div className="mdx-rule-body mt-2">{children}</div>
    </section>
  );
}
