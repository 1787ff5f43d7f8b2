import "./mdx.css";
import type { ComponentProps, ReactNode } from "react";
import type { MDXComponents } from "mdx/types";
import { messagesFor } from "@/lib/i18n/catalog";
import type { TLocale } from "@/lib/i18n/types";
import { Callout, type TCalloutType } from "./callout";
import { Compare, CompareSide } from "./compare";
import { Exercise, type TExerciseSummary } from "./exercise";
import { Figure, MarkdownImage } from "./figure";
import { Quiz } from "./quiz";
import { Rule } from "./rule";
import { buildRuleHref, RuleLink } from "./rule-link";
import { Pre, Table } from "./scrollable";
import { Tab, Tabs } from "./tabs";
import { Term } from "./term";
import { Video } from "./video";

export { buildRuleHref };

/** Names authors may use in lessons and guidelines (the content checker rejects any other). */
export const mdxComponentNames = [
  "Callout",
  "Tabs",
  "Tab",
  "Figure",
  "Video",
  "Quiz",
  "Term",
  "Compare",
  "CompareSide",
  "RuleLink",
  "Rule",
  "Exercise",
] as const;

/**
 * The component map for lesson and guideline MDX, with UI labels in `locale`. `contentLocale`
 * (default: `locale`) is the language of the document and becomes the wrapper's `lang`.
 * Every rendered document is wrapped in `<div class="mdx-content">` (styles: ./mdx.css).
 */
export function createMdxComponents({
  courseSlug,
  locale,
  contentLocale = locale,
  exercises = {},
}: {
  courseSlug: string;
  locale: TLocale;
  contentLocale?: TLocale;
  /** The course's exercise sets by id, for `<Exercise id>` cards. */
  exercises?: Readonly<Record<string, TExerciseSummary>>;
}): MDXComponents {
  const m = messagesFor(locale).mdx;
  return {
    wrapper: ({ children }: { children?: ReactNode }) => (
      <div className="mdx-content" lang={contentLocale === "zh" ? "zh-CN" : "en"}>
        {children}
      </div>
    ),
    pre: (props: ComponentProps<"pre">) => <Pre {...props} label={m.scrollable.code} />,
    table: (props: ComponentProps<"table">) => <Table {...props} label={m.scrollable.table} />,
    img: MarkdownImage,
    Callout: (props: { type?: TCalloutType; title?: string; children?: ReactNode }) => <Callout {...props} labels={m.callout} />,
    Tabs: (props: { children?: ReactNode }) => <Tabs {...props} label={m.tabs.label} />,
    Tab,
    Figure,
    Video: (props: { src: string; captions: string; title: string }) => <Video {...props} labels={m.video} />,
    Quiz: (props: { question: string; options: string[]; answer: number; explanation?: string }) => <Quiz {...props} labels={m.quiz} />,
    Term,
    Compare: (props: { children?: ReactNode }) => <Compare {...props} label={m.compare.label} />,
    CompareSide,
    RuleLink: (props: { guideline: string; rule: string; children?: ReactNode }) => <RuleLink {...props} courseSlug={courseSlug} labels={m.ruleLink} />,
    Rule: (props: { id: string; title: string; titleEn?: string; children?: ReactNode }) => <Rule {...props} locale={locale} labels={m.rule} />,
    Exercise: (props: { id: string }) => (
      <Exercise {...props} courseSlug={courseSlug} summary={exercises[props.id] ?? null} locale={locale} labels={m.exercise} />
    ),
  };
}
