import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readGuidelineOutline, renderGuidelineChapter } from "@/lib/content/render-guideline";
import { messagesForParams } from "@/lib/i18n/locale-param";
import "@/components/lessons/lesson-prose.css";
import "@/components/guidelines/guidelines.css";
import { GuidelineChapterNav, GuidelinePager } from "@/components/guidelines/guideline-chapter-nav";
import { guidelineHref } from "@/components/guidelines/guideline-href";
import { createMdxComponents } from "@/components/mdx";

type TParams = { params: Promise<{ locale: string; slug: string; id: string; chapter: string }> };

/** Cached per language (ISR), like the document's index. */
export const revalidate = 30;
/** Rendered on first request, then cached (see the index page). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ slug, id, chapter }, { locale }] = await Promise.all([params, messagesForParams(params)]);
  const outline = await readGuidelineOutline({ courseSlug: slug, guidelineId: id, chapter });
  if (!outline?.chapter) return {};
  return { title: `${outline.chapter.title} · ${locale === "en" ? outline.frontmatter.titleEn : outline.frontmatter.title}` };
}

/** One chapter of a rule document, with its numbered, linkable rules (`#rule-2-1`). Public. */
export default async function GuidelineChapterPage({ params }: TParams) {
  const [{ slug, id, chapter }, { locale, m }] = await Promise.all([params, messagesForParams(params)]);
  const rendered = await renderGuidelineChapter({ courseSlug: slug, guidelineId: id, chapter, locale, componentsFor: createMdxComponents });
  if (!rendered) notFound();
  const { frontmatter } = rendered;
  const nav = { courseSlug: slug, guidelineId: id, locale, m };
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
      <article aria-labelledby="chapter-title" className="min-w-0">
        <nav aria-label={m.guidelines.backToDocument} className="text-sm">
          <Link href={guidelineHref(locale, slug, id)} className="text-brand-700 underline-offset-2 hover:underline">
            ← {locale === "en" ? frontmatter.titleEn : frontmatter.title} · v{frontmatter.version}
          </Link>
        </nav>
        <h1 id="chapter-title" className="mt-2 text-3xl font-bold" lang="zh-CN">
          {rendered.chapter.title}
        </h1>
        <div className="lesson-prose mt-8" lang="zh-CN">
          {rendered.content}
        </div>
        <GuidelinePager previous={rendered.previous} next={rendered.next} {...nav} />
      </article>
      <GuidelineChapterNav chapters={rendered.chapters} current={rendered.chapter.number} {...nav} />
    </div>
  );
}
