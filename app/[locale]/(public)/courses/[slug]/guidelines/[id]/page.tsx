import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { renderGuideline } from "@/lib/content/render-lesson";
import { messagesForParams } from "@/lib/i18n/locale-param";
import "@/components/lessons/lesson-prose.css";
import { createMdxComponents } from "@/components/mdx";

type TParams = { params: Promise<{ locale: string; slug: string; id: string }> };

/** Cached per language (ISR). A rule document reads only its file, which changes with a deploy; the header a CDN gets says 30 s like every public page. */
export const revalidate = 30;
/** Nothing rendered at build time: each is rendered on its first request (lesson bodies and rule documents are rendered once, see renderGuideline), then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ slug, id }, { locale }] = await Promise.all([params, messagesForParams(params)]);
  const guideline = await renderGuideline({ courseSlug: slug, guidelineId: id, locale, componentsFor: createMdxComponents });
  if (!guideline) return {};
  const { frontmatter } = guideline;
  return { title: locale === "en" ? frontmatter.titleEn : frontmatter.title, description: locale === "en" ? frontmatter.summaryEn : frontmatter.summary };
}

/** A rule document (标注规范) with numbered, linkable rules. Public: the rules are not secret. */
export default async function GuidelinePage({ params }: TParams) {
  const [{ slug, id }, { locale, m }] = await Promise.all([params, messagesForParams(params)]);
  const guideline = await renderGuideline({ courseSlug: slug, guidelineId: id, locale, componentsFor: createMdxComponents });
  if (!guideline) notFound();
  const { frontmatter } = guideline;
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_15rem]">
      <article aria-labelledby="guideline-title" className="min-w-0">
        <h1 id="guideline-title" className="text-3xl font-bold">
          {frontmatter.title}
        </h1>
        <p className="mt-1 text-sm text-slate-500">
          {frontmatter.titleEn} · v{frontmatter.version}
        </p>
        <p className="mt-3 text-lg text-slate-600">{locale === "en" ? frontmatter.summaryEn : frontmatter.summary}</p>
        <div className="lesson-prose mt-8" lang="zh-CN">
          {guideline.content}
        </div>
      </article>
      {guideline.toc.length > 0 && (
        <nav aria-label={m.lessons.toc} className="hidden lg:block">
          <ul className="sticky top-6 space-y-1.5 border-l border-slate-200 pl-3 text-sm">
            {guideline.toc.map((entry) => (
              <li key={entry.id} className={entry.depth === 3 ? "pl-3" : ""}>
                <a className="text-slate-600 hover:text-brand-700" href={`#${entry.id}`}>
                  {entry.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
