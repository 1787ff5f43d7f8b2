import Link from "next/link";
import { ruleAnchorId } from "@/lib/content/guidelines";
import type { TGuidelineChapterEntry } from "@/lib/content/render-guideline";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { guidelineHref } from "./guideline-href";
import { RuleTitle } from "./rule-title";

/** A rule document's chapters, each with its rules; every rule's entry carries the rule's id (see RuleHashForward). */
export function GuidelineContents({
  courseSlug,
  guidelineId,
  chapters,
  locale,
  m,
}: {
  courseSlug: string;
  guidelineId: string;
  chapters: readonly TGuidelineChapterEntry[];
  locale: TLocale;
  m: TMessages;
}) {
  return (
    <section aria-labelledby="guideline-contents" className="mt-10">
      <h2 id="guideline-contents" className="text-xl font-bold">
        {m.guidelines.contents}
      </h2>
      <ol className="guideline-contents">
        {chapters.map((chapter) => {
          const href = guidelineHref(locale, courseSlug, guidelineId, chapter.number);
          return (
            <li key={chapter.number}>
              <Link href={href} className="guideline-chapter-link" lang="zh-CN">
                {chapter.title}
              </Link>
              {chapter.rules.length > 0 && (
                <ul>
                  {chapter.rules.map((rule) => (
                    <li key={rule.id} id={ruleAnchorId(rule.id)}>
                      <Link href={`${href}#${ruleAnchorId(rule.id)}`} prefetch={false}>
                        <RuleTitle rule={rule} locale={locale} m={m} />
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
