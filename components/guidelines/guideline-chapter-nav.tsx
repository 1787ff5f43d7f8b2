import Link from "next/link";
import { ruleAnchorId } from "@/lib/content/guidelines";
import type { TGuidelineChapterEntry } from "@/lib/content/render-guideline";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { guidelineHref } from "./guideline-href";
import { RuleTitle } from "./rule-title";

type TProps = { courseSlug: string; guidelineId: string; locale: TLocale; m: TMessages };

/** The side list of a rule document's chapters on a chapter page; the current one lists its rules. */
export function GuidelineChapterNav({ chapters, current, ...props }: TProps & { chapters: readonly TGuidelineChapterEntry[]; current: number }) {
  const { courseSlug, guidelineId, locale, m } = props;
  return (
    <nav aria-label={m.guidelines.chapters} className="guideline-chapter-nav">
      <ol>
        {chapters.map((chapter) => (
          <li key={chapter.number}>
            <Link
              href={guidelineHref(locale, courseSlug, guidelineId, chapter.number)}
              aria-current={chapter.number === current ? "page" : undefined}
              lang="zh-CN"
            >
              {chapter.title}
            </Link>
            {chapter.number === current && chapter.rules.length > 0 && (
              <ul aria-label={m.guidelines.rulesInChapter}>
                {chapter.rules.map((rule) => (
                  <li key={rule.id}>
                    <a href={`#${ruleAnchorId(rule.id)}`}>
                      <RuleTitle rule={rule} locale={locale} m={m} />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "← previous chapter · next chapter →" under a chapter. */
export function GuidelinePager({ previous, next, ...props }: TProps & { previous: TGuidelineChapterEntry | null; next: TGuidelineChapterEntry | null }) {
  const { courseSlug, guidelineId, locale, m } = props;
  if (!previous && !next) return null;
  return (
    <nav aria-label={m.guidelines.pager} className="guideline-pager">
      {previous && (
        <Link href={guidelineHref(locale, courseSlug, guidelineId, previous.number)} rel="prev">
          <span className="guideline-pager-label">← {m.guidelines.previous}</span>
          <span lang="zh-CN">{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link href={guidelineHref(locale, courseSlug, guidelineId, next.number)} rel="next" className="guideline-pager-next">
          <span className="guideline-pager-label">{m.guidelines.next} →</span>
          <span lang="zh-CN">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
