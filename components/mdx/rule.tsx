import type { ReactNode } from "react";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";
import { ruleAnchorId } from "@/lib/content/guidelines";
import { CopyLinkButton } from "./copy-link-button";

/**
 * One rule of a guideline document: a section with `id="rule-2-1"` (the target of RuleLink), an
 * h3 "规则 2.1 事实准确" / "Rule 2.1 …", a permalink and a copy-link button.
 */
export function Rule({ id, title, children, labels }: { id: string; title: string; children?: ReactNode; labels: TMessages["mdx"]["rule"] }) {
  const anchorId = ruleAnchorId(id);
  return (
    <section id={anchorId} aria-labelledby={`${anchorId}-title`} className="my-8 scroll-mt-24 rounded-lg border border-slate-200 px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${anchorId}-title`} className="m-0 text-lg font-bold text-slate-900">
          {/* A real space, not only a margin: the heading reads "规则 1.1 以用户…" / "Rule 1.1 Put…" when copied or spoken. */}
          <span className="mr-1 text-brand-700">{interpolate(labels.heading, { id })}</span>{" "}
          {title}
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
