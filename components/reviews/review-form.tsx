"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClass } from "@/components/ui/button-styles";
import type { TActionState } from "@/lib/actions/types";
import type { TMessages } from "@/lib/i18n/types";
import type { TAnchoredComment, TReviewErrorCode } from "@/lib/reviews/review-input";
import type { TLabeledReviewDimension } from "@/lib/reviews/review-rubric";
import { AnchoredComments } from "./anchored-comments";

type TLabels = TMessages["reviews"];
type TProps = {
  action: (
    previous: TActionState<{ fieldErrors: Record<string, TReviewErrorCode> }>,
    formData: FormData,
  ) => Promise<TActionState<{ fieldErrors: Record<string, TReviewErrorCode> }>>;
  submissionId: string;
  rewriteText: string;
  rubric: readonly TLabeledReviewDimension[];
  initial: { scores: Record<string, number>; verdict: "ACCEPTED" | "REVISE" | null; comment: string; anchors: TAnchoredComment[] };
  hidden: Record<string, string>;
  previousHref: string | null;
  nextHref: string | null;
  labels: TLabels;
  invalidMessage: string;
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === "TEXTAREA" ||
    target.tagName === "SELECT" ||
    (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "radio"));

/**
 * The reviewer's form: a 1–5 radio group per rubric dimension (labels show the anchors), a verdict,
 * an overall comment and comments anchored to a selection of the learner's text. Keyboard: j/n and
 * k/p move through the queue, digits score the focused dimension, Ctrl/⌘+Enter saves.
 */
export function ReviewForm({ action, submissionId, rewriteText, rubric, initial, hidden, previousHref, nextHref, labels, invalidMessage }: TProps) {
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const [scores, setScores] = useState<Record<string, number>>(initial.scores);
  const [verdict, setVerdict] = useState(initial.verdict);
  const [comment, setComment] = useState(initial.comment);
  const [anchors, setAnchors] = useState<TAnchoredComment[]>(initial.anchors);
  const [focused, setFocused] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const groupRefs = useRef<(HTMLFieldSetElement | null)[]>([]);
  const fieldErrors: Record<string, string> = state?.ok
    ? Object.fromEntries(Object.entries(state.data.fieldErrors).map(([key, code]) => [key, labels.errors[code]]))
    : {};

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        formRef.current?.requestSubmit();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if ((event.key === "j" || event.key === "n") && nextHref) router.push(nextHref);
      else if ((event.key === "k" || event.key === "p") && previousHref) router.push(previousHref);
      else if (/^[1-9]$/.test(event.key)) {
        const dimension = rubric[focused];
        const score = Number(event.key);
        if (!dimension || score > dimension.scale) return;
        event.preventDefault();
        setScores((current) => ({ ...current, [dimension.id]: score }));
        const next = Math.min(rubric.length - 1, focused + 1);
        setFocused(next);
        groupRefs.current[next]?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
      } else return;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [focused, nextHref, previousHref, router, rubric]);

  const payload = JSON.stringify({ scores, verdict, comment, anchors });
  return (
    <form ref={formRef} action={formAction} className="space-y-6" noValidate data-testid="review-form">
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {Object.keys(fieldErrors).length > 0 && <FormAlert kind="error" message={invalidMessage} />}
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="review" value={payload} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <section aria-labelledby="rubric-title" className="space-y-4">
        <h2 id="rubric-title" className="text-lg font-semibold">
          {labels.rubric}
        </h2>
        {rubric.map((dimension, index) => {
          const label = dimension.label;
          const error = fieldErrors[`score.${dimension.id}`];
          return (
            <fieldset
              key={dimension.id}
              ref={(element) => {
                groupRefs.current[index] = element;
              }}
              onFocus={() => setFocused(index)}
              aria-describedby={error ? `score-${dimension.id}-error` : undefined}
              data-dimension={dimension.id}
              className={`rounded-xl border p-3 ${focused === index ? "border-brand-600" : "border-slate-200"}`}
            >
              <legend className="px-1 text-sm font-semibold">
                {labels.dimensionScore.replace("{label}", label).replace("{scale}", String(dimension.scale))}
              </legend>
              <div className="grid gap-1 sm:grid-cols-5">
                {dimension.anchors.map((anchor, point) => (
                  <label
                    key={point}
                    className="flex cursor-pointer gap-2 rounded-lg p-2 text-sm has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600"
                  >
                    <input
                      type="radio"
                      name={`score-${dimension.id}`}
                      value={point + 1}
                      checked={scores[dimension.id] === point + 1}
                      onChange={() => setScores((current) => ({ ...current, [dimension.id]: point + 1 }))}
                    />
                    <span>
                      <strong>{point + 1}</strong> · {anchor}
                    </span>
                  </label>
                ))}
              </div>
              {error && (
                <p id={`score-${dimension.id}-error`} className="mt-1 text-sm text-red-700">
                  {error}
                </p>
              )}
            </fieldset>
          );
        })}
      </section>
      <fieldset className="space-y-2" aria-describedby={fieldErrors.verdict ? "verdict-error" : undefined}>
        <legend className="text-sm font-semibold">{labels.verdict}</legend>
        <div className="flex flex-wrap gap-4">
          {(["ACCEPTED", "REVISE"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="verdict-choice" value={value} checked={verdict === value} onChange={() => setVerdict(value)} />
              {labels.verdicts[value]}
            </label>
          ))}
        </div>
        {fieldErrors.verdict && (
          <p id="verdict-error" className="text-sm text-red-700">
            {fieldErrors.verdict}
          </p>
        )}
      </fieldset>
      <AnchoredComments text={rewriteText} anchors={anchors} onChange={setAnchors} errors={fieldErrors} labels={labels} />
      <div className="space-y-1">
        <label htmlFor="review-comment" className="block text-sm font-semibold">
          {labels.comment}
        </label>
        <textarea
          id="review-comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          rows={4}
          maxLength={2_000}
          aria-invalid={fieldErrors.comment ? true : undefined}
          aria-describedby="review-comment-hint"
          className="block w-full rounded-xl border border-slate-300 p-3 text-sm"
        />
        <p id="review-comment-hint" className="text-xs text-slate-500">
          {fieldErrors.comment ?? labels.commentHint}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        {previousHref && (
          <a className={buttonClass("ghost")} href={previousHref}>
            {labels.previous}
          </a>
        )}
        {nextHref && (
          <a className={buttonClass("ghost")} href={nextHref}>
            {labels.next}
          </a>
        )}
      </div>
      <p className="text-xs text-slate-500" data-testid="review-shortcuts">
        {labels.shortcuts}
      </p>
    </form>
  );
}
