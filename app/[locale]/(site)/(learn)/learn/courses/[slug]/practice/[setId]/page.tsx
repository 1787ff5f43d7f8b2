import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RuleChangePanel } from "@/components/labeling/rule-change-panel";
import { Workspace } from "@/components/labeling/workspace";
import { ReviewView } from "@/components/reviews/review-view";
import { requireUser } from "@/lib/auth/guards";
import { renderGuideline } from "@/lib/content/render-lesson";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { assertExerciseAccess } from "@/lib/access/exercise-access";
import { loadExerciseSet } from "@/lib/labeling/load-exercise-sets";
import { toPublicItem } from "@/lib/labeling/public-item";
import type { TItemGradeView } from "@/components/labeling/grade-types";
import { readItemDistribution } from "@/lib/labeling/item-distribution";
import { readDraft, readLatestSubmission, readPracticeProgress } from "@/lib/labeling/read-practice";
import { readRuleChange } from "@/lib/content/read-rule-change";
import { readMyReviews } from "@/lib/reviews/read-my-reviews";
import { createMdxComponents } from "@/components/mdx";
import { orPageError } from "@/lib/actions/or-page-error";
import { localized } from "@/lib/i18n/localized";

type TProps = { params: Promise<{ slug: string; setId: string }>; searchParams: Promise<{ item?: string; review?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [{ slug, setId }, { locale, m }] = await Promise.all([params, getMessages()]);
  const set = await loadExerciseSet(slug, setId);
  return { title: set ? localized(locale, set, "title") : m.labeling.practice };
}

/** One item of an exercise set in the labeling workspace; `?review=1` walks through the items to revisit. */
export default async function ExerciseSetPage({ params, searchParams }: TProps) {
  const [{ slug, setId }, query] = await Promise.all([params, searchParams]);
  const base = `/learn/courses/${slug}/practice/${setId}`;
  const [user, { m, locale }] = await Promise.all([requireUser(base), getMessages()]);
  const { cohortId } = await orPageError(assertExerciseAccess(user, slug));
  const set = await loadExerciseSet(slug, setId);
  if (!set) notFound();
  const review = query.review === "1";
  const order = review ? ((await readPracticeProgress(user.id, slug)).find((p) => p.set.id === setId)?.toReview ?? []) : set.items.map((item) => item.id);
  if (order.length === 0) notFound();
  const index = Math.min(order.length, Math.max(1, Number.parseInt(query.item ?? "1", 10) || 1));
  const item = set.items.find((candidate) => candidate.id === order[index - 1])!;
  const href = (n: number) => `${base}?${review ? "review=1&" : ""}item=${n}`;
  const [guideline, draft, latest, [instructorReview], ruleChange] = await Promise.all([
    renderGuideline({ courseSlug: slug, guidelineId: set.guideline, locale, componentsFor: createMdxComponents }),
    readDraft(user.id, slug, setId, item.id),
    readLatestSubmission(user.id, slug, setId, item.id),
    readMyReviews(user, { courseSlug: slug, setId, itemId: item.id }),
    readRuleChange(user.id, slug, set),
  ]);
  // A draft is newer than the latest submission (submitting deletes it): it is a new attempt in progress.
  const hasDraft = draft !== null && typeof draft === "object";
  const previous =
    latest && !hasDraft
      ? {
          answers: latest.answers as Record<string, unknown>,
          grade: latest.grade as unknown as TItemGradeView,
          distribution: await readItemDistribution(item, { courseSlug: slug, setId, cohortId }),
          submittedAt: latest.createdAt.toISOString(),
        }
      : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{localized(locale, set, "title")}</h1>
      <details className="mb-4 rounded-xl bg-slate-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium">
          {m.labeling.guideline} ·{" "}
          {interpolate(m.labeling.guidelineVersion, {
            title: guideline ? (locale === "zh" ? guideline.frontmatter.title : guideline.frontmatter.titleEn) : set.guideline,
            version: set.guidelineVersion,
          })}
        </summary>
        <p className="mt-2 whitespace-pre-wrap text-slate-700">{locale === "zh" ? set.instructions : set.instructionsEn}</p>
      </details>
      {ruleChange && <RuleChangePanel change={ruleChange} guideline={set.guideline} itemHref={(n) => `${base}?item=${n}`} m={m} locale={locale} />}
      <Workspace
        key={item.id}
        courseSlug={slug}
        setId={setId}
        item={toPublicItem(item)}
        position={{ index, total: order.length }}
        nextHref={index < order.length ? href(index + 1) : null}
        previousHref={index > 1 ? href(index - 1) : null}
        backHref={`/learn/courses/${slug}/practice`}
        initialAnswers={hasDraft ? (draft as Record<string, unknown>) : null}
        previous={previous}
        guideline={
          guideline ? (
            <div className="lesson-prose text-sm" lang="zh-CN">
              {guideline.content}
            </div>
          ) : null
        }
        m={m}
        locale={locale}
      />
      {instructorReview && <ReviewView review={instructorReview} m={m} locale={locale} />}
    </>
  );
}
