import Link from "next/link";
import type { TGuidelineChapterEntry } from "@/lib/content/render-guideline";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { guidelineHref } from "./guideline-href";

type TProps = { courseSlug: string; guidelineId: string; locale: TLocale; m: TMessages };

/** The side list of a rule document's chapters on a chapter page. */
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
