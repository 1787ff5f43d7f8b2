import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readGuidelineOutline, renderGuidelineIndex } from "@/lib/content/render-guideline";
import { messagesForParams } from "@/lib/i18n/locale-param";
import "@/components/lessons/lesson-prose.css";
import "@/components/guidelines/guidelines.css";
import { GuidelineContents } from "@/components/guidelines/guideline-contents";
import { RuleHashForward } from "@/components/guidelines/rule-hash-forward";
import { createMdxComponents } from "@/components/mdx";

type TParams = { params: Promise<{ locale: string; slug: string; id: string }> };

/** Cached per language (ISR). A rule document reads only its file, which changes with a deploy; the header a CDN gets says 30 s like every public page. */
export const revalidate = 30;
/** Nothing rendered at build time: each is rendered on its first request (lesson bodies and rule documents are rendered once, see renderMdxDocument), then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ slug, id }, { locale }] = await Promise.all([params, messagesForParams(params)]);
  const outline = await readGuidelineOutline({ courseSlug: slug, guidelineId: id });
  if (!outline) return {};
  const { frontmatter } = outline;
  return { title: locale === "en" ? frontmatter.titleEn : frontmatter.title, description: locale === "en" ? frontmatter.summaryEn : frontmatter.summary };
}

/**
 * A rule document (标注规范): its introduction and every chapter with its rules, each a link into
 * the chapter's own page (…/guidelines/<id>/<chapter>). Public: the rules are not secret.
 */
export default async function GuidelinePage({ params }: TParams) {
  const [{ slug, id }, { locale, m }] = await Promise.all([params, messagesForParams(params)]);
  const guideline = await renderGuidelineIndex({ courseSlug: slug, guidelineId: id, locale, componentsFor: createMdxComponents });
  if (!guideline) notFound();
  const { frontmatter } = guideline;
  return (
    <article aria-labelledby="guideline-title" className="max-w-3xl">
      <RuleHashForward />
      <h1 id="guideline-title" className="text-3xl font-bold">
        {frontmatter.title}
      </h1>
      <p className="mt-1 text-sm text-slate-500">
        {frontmatter.titleEn} · v{frontmatter.version}
      </p>
      <p className="mt-3 text-lg text-slate-600">{locale === "en" ? frontmatter.summaryEn : frontmatter.summary}</p>
      {guideline.intro && (
        <div className="lesson-prose mt-8" lang="zh-CN">
          {guideline.intro}
        </div>
      )}
      <GuidelineContents courseSlug={slug} guidelineId={id} chapters={guideline.chapters} locale={locale} m={m} />
      <p className="mt-8 text-sm text-slate-500">{m.guidelines.workspaceNote}</p>
    </article>
  );
}
