import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { saveReviewAction } from "@/lib/reviews/actions";
import { DiffView } from "@/components/labeling/diff-view";
import { describeWriteCheck, writeCheckTitle } from "@/components/labeling/write-check-text";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewMarkdown } from "@/components/reviews/review-markdown";
import { FormAlert } from "@/components/ui/form-alert";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { parseQueueFilters, queueQuery } from "@/lib/reviews/queue-query";
import { readReviewItem } from "@/lib/reviews/read-review-item";
import { readReviewQueue } from "@/lib/reviews/read-review-queue";
import { parseId } from "@/lib/validation/ids";
import { orPageError } from "@/lib/actions/or-page-error";
import { labelReviewRubric } from "@/lib/reviews/review-rubric";

type TProps = { params: Promise<{ submissionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.reviews.title };
}

/** One rewrite side by side with its original, a diff and the reference rewrite, and the review form. */
export default async function ReviewItemPage({ params, searchParams }: TProps) {
  const [{ submissionId: rawSubmissionId }, query] = await Promise.all([params, searchParams]);
  const submissionId = parseId(rawSubmissionId) ?? notFound();
  const [user, { m, locale }] = await Promise.all([requireRole(["INSTRUCTOR"], `/teach/reviews/${submissionId}`), getMessages()]);
  const item = await orPageError(readReviewItem(user, submissionId));
  const filters = parseQueueFilters(query);
  const { entries } = await readReviewQueue(user, filters);
  const position = entries.findIndex((entry) => entry.submissionId === submissionId);
  const hrefOf = (index: number) => (entries[index] ? `/teach/reviews/${entries[index].submissionId}${queueQuery(filters)}` : null);
  const r = m.reviews;
  const className = interpolate(r.className, { number: item.class.cohortNumber, code: item.class.code });
  const review = item.review;
  const box = "min-h-24 rounded-xl border border-slate-200 bg-white p-3 text-sm";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/teach/reviews${queueQuery(filters)}`}>
          {r.backToQueue}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{interpolate(r.itemTitle, { set: item.setTitle[locale], index: item.itemIndex })}</h1>
      <p className="mb-4 text-sm text-slate-600" data-testid="review-learner">
        {interpolate(r.learnerLine, { learner: item.learner.name, className, time: formatDateTime(item.submittedAt, locale) })} · {r.statuses[item.status]}
      </p>
      {query.saved === "1" && (
        <div className="mb-4">
          <FormAlert kind="success" message={r.saved} />
        </div>
      )}
      {item.superseded && <p className="mb-4 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{r.superseded}</p>}
      {(item.prompt || item.dialogue.length > 0) && (
        <details className="mb-4 rounded-xl bg-slate-50 p-3 text-sm" open={item.rewrite.mode === "next"}>
          <summary className="cursor-pointer font-medium">{item.prompt ? r.prompt : r.dialogue}</summary>
          {item.prompt && <ReviewMarkdown className="mt-2" text={item.prompt} author="course" />}
          {item.dialogue.length > 0 && (
            <ol className="mt-2 space-y-2">
              {item.dialogue.map((turn, index) => (
                <li key={index}>
                  <span className="font-semibold">
                    {index + 1}. {m.labeling[turn.role]}
                  </span>
                  : <ReviewMarkdown text={turn.text} author="course" />
                </li>
              ))}
            </ol>
          )}
        </details>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="min-w-0">
          <h2 id="original-title" className="mb-1 text-sm font-semibold text-slate-700">
            {r.original}
          </h2>
          {item.rewrite.original ? (
            <ReviewMarkdown className={box} text={item.rewrite.original} label={r.original} author="course" />
          ) : (
            <p className="text-sm text-slate-600">{item.rewrite.mode === "write" ? r.writeOriginal : r.nextTurnOriginal}</p>
          )}
        </div>
        <div className="min-w-0">
          <h2 id="rewrite-title" className="mb-1 text-sm font-semibold text-slate-700">
            {r.rewrite}
          </h2>
          <ReviewMarkdown className={box} text={item.rewrite.text} label={r.rewrite} author="learner" />
        </div>
      </div>
      {item.rewrite.original && (
        <div className="mt-4 min-w-0 overflow-x-auto [overflow-wrap:anywhere]">
          <h2 id="diff-title" className="mb-1 text-sm font-semibold text-slate-700">
            {r.diff}
          </h2>
          <DiffView original={item.rewrite.original} text={item.rewrite.text} label={r.diff} testId="review-diff" />
        </div>
      )}
      {item.rewrite.checks.length > 0 && (
        <section aria-labelledby="checks-title" className="mt-4 rounded-xl border border-slate-200 p-3 text-sm" data-testid="review-checks">
          <h2 id="checks-title" className="mb-1 font-semibold text-slate-700">
            {r.autoChecks}
          </h2>
          <ul className="space-y-1">
            {item.rewrite.checks.map(({ check, result }, index) => (
              <li key={index}>
                <span aria-hidden>{result.passed ? "✓ " : "✗ "}</span>
                <span className="sr-only">{result.passed ? m.labeling.right : m.labeling.wrong}: </span>
                <span className="font-medium">
                  {writeCheckTitle(
                    check,
                    "label" in check ? check.label : undefined,
                    "labelEn" in check ? check.labelEn : undefined,
                    m.labeling.writeChecks,
                    locale,
                  )}
                </span>
                {" — "}
                {describeWriteCheck(result, check, m.labeling.writeChecks)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="mt-4 rounded-xl border border-slate-200 p-3" data-testid="review-gold">
        <summary className="cursor-pointer font-medium">{r.gold}</summary>
        <div className="mt-2 space-y-2">
          <ReviewMarkdown className={box} text={item.rewrite.gold} label={r.gold} author="course" />
          <ReviewMarkdown className="text-sm text-slate-700" text={item.rewrite.rationale} author="course" />
          <p className="text-xs text-slate-500">{interpolate(r.goldRule, { rule: item.rewrite.rule })}</p>
        </div>
      </details>
      <div className="mt-8">
        <ReviewForm
          action={saveReviewAction}
          submissionId={item.submissionId}
          rewriteText={item.rewrite.text}
          rubric={labelReviewRubric(item.rubric, r.rubricDimensions)}
          initial={{
            scores: review?.scores ?? {},
            verdict: review?.verdict ?? null,
            comment: review?.comment ?? "",
            anchors: review?.comments.map((c) => ({ start: c.anchorStart, end: c.anchorEnd, quote: c.quote, body: c.body })) ?? [],
          }}
          hidden={{ class: filters.classId ?? "", set: filters.setId ?? "", status: filters.status ?? "PENDING" }}
          previousHref={position > 0 ? hrefOf(position - 1) : null}
          nextHref={position >= 0 ? hrefOf(position + 1) : hrefOf(0)}
          labels={r}
          invalidMessage={m.errors.invalidInput}
        />
      </div>
    </>
  );
}
