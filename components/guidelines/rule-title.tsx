import { interpolate } from "@/lib/i18n/catalog";
import type { TGuidelineRule } from "@/lib/content/guidelines";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/** "规则 2.1 事实准确", or in English "Rule 2.1 Factual accuracy" (the Chinese title when a rule has no English one). */
export function RuleTitle({ rule, locale, m }: { rule: TGuidelineRule; locale: TLocale; m: TMessages }) {
  const english = locale === "en" && rule.titleEn;
  return (
    <>
      {interpolate(m.mdx.rule.heading, { id: rule.id })} <span lang={english ? "en" : "zh-CN"}>{english || rule.title}</span>
    </>
  );
}
