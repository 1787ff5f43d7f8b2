"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { interpolate } from "@/lib/i18n/interpolate";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TPublicItem } from "@/lib/labeling/public-item";
import { FeedbackPanel } from "./feedback-panel";
import type { TDistributionView, TItemGradeView } from "./grade-types";
import { ItemView } from "./item-view";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { TaskFields, type TAnswerState } from "./task-fields";
import { fieldKeys, initialAnswers as startingAnswers, useFieldNavigation, useLabelingKeys } from "./use-labeling-keys";
import "katex/dist/katex.min.css";
import "./workspace.css";

type TProps = {
  courseSlug: string;
  setId: string;
  item: TPublicItem;
  position: { index: number; total: number };
  nextHref: string | null;
  previousHref: string | null;
  backHref: string;
  initialAnswers: TAnswerState | null;
  /** The learner's latest graded attempt, shown (answers and feedback) until they try again; null when none or a new attempt is in progress. */
  previous: { answers: TAnswerState; grade: TItemGradeView; distribution: TDistributionView | null; submittedAt: string } | null;
  guideline: ReactNode;
  m: TMessages;
  locale: TLocale;
};

/**
 * The labeling workspace: the material on the left, the fields on the right with the guideline in a
 * panel that opens at the rule the focused field cites. Keyboard-first (digits, letters, arrows,
 * Ctrl/⌘+Enter, ?), drafts saved as you go, feedback field by field after submitting.
 */
export function Workspace({ courseSlug, setId, item, position, nextHref, previousHref, backHref, initialAnswers, previous, guideline, m, locale }: TProps) {
  const l = m.labeling;
  const router = useRouter();
  const keys = useMemo(() => fieldKeys(item.tasks), [item.tasks]);
  const [answers, setAnswers] = useState<TAnswerState>(() => startingAnswers(item, previous?.answers ?? initialAnswers));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<{ grade: TItemGradeView; distribution: TDistributionView | null; submittedAt?: string } | null>(previous);
  const [submitting, setSubmitting] = useState(false);
  const [draftState, setDraftState] = useState<"idle" | "saving" | "saved">("idle");
  const [helpOpen, setHelpOpen] = useState(false);
  const [focus, setFocus] = useState<{ turn?: number; response?: string }>({});
  const navigation = useFieldNavigation(keys);
  const refs = navigation.refs;
  const panel = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  // A draft save waiting or under way when the learner submits must not land after the submission
  // (submitting deletes the draft; a late save would bring it back and hide the graded attempt).
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submittingNow = useRef(false);
  const draftRequest = useRef<Promise<unknown> | null>(null);

  const showRule = useCallback((rule: string) => {
    const target = panel.current?.querySelector<HTMLElement>(`#rule-${rule.replace(/\./g, "-")}`);
    if (target && panel.current) panel.current.scrollTo({ top: target.offsetTop - panel.current.offsetTop - 8, behavior: "smooth" });
  }, []);

  const api = useMemo(
    () => ({
      register: navigation.register,
      focusField: (_key: string, rule?: string, turn?: number, response?: string) => {
        setFocus({ turn, response });
        if (rule) showRule(rule);
      },
      move: navigation.move,
      errorFor: (key: string) =>
        errors[key] ?? Object.entries(errors).find(([errorKey]) => errorKey === key || (errorKey.startsWith(`${key}.`) && !keys.includes(errorKey)))?.[1],
    }),
    [errors, keys, showRule, navigation],
  );

  // A graded attempt is shown as it was submitted; "try again" starts a new attempt from empty fields.
  const locked = result !== null;
  const setAnswer = (taskId: string) => (value: unknown) => {
    if (locked) return;
    dirty.current = true;
    setAnswers((current) => ({ ...current, [taskId]: value }));
  };

  useEffect(() => {
    if (!dirty.current || result) return;
    setDraftState("saving");
    const timer = setTimeout(async () => {
      if (submittingNow.current) return;
      const request = fetch("/api/exercises/draft", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ courseSlug, setId, itemId: item.id, answers }),
      }).catch(() => null);
      draftRequest.current = request;
      const response = await request;
      setDraftState(response?.ok ? "saved" : "idle");
    }, 800);
    draftTimer.current = timer;
    return () => clearTimeout(timer);
  }, [answers, courseSlug, setId, item.id, result]);

  const submit = useCallback(async () => {
    if (submitting || locked) return;
    setSubmitting(true);
    submittingNow.current = true;
    if (draftTimer.current) clearTimeout(draftTimer.current);
    await draftRequest.current;
    setDraftState("idle");
    setFormError(null);
    const response = await fetch("/api/exercises/submit", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ courseSlug, setId, itemId: item.id, answers }),
    }).catch(() => null);
    setSubmitting(false);
    submittingNow.current = false;
    const body = (await response?.json().catch(() => null)) as {
      ok?: boolean;
      fieldErrors?: Record<string, string>;
      grade?: TItemGradeView;
      distribution?: TDistributionView;
      error?: { message: string };
    } | null;
    if (response?.status === 422 && body?.fieldErrors) {
      setErrors(body.fieldErrors);
      setFormError(interpolate(l.fixErrors, { count: Object.keys(body.fieldErrors).length }));
      const first = keys.find((key) => body.fieldErrors![key] || Object.keys(body.fieldErrors!).some((errorKey) => errorKey.startsWith(`${key}.`)));
      if (first) refs.current.get(first)?.focus();
      return;
    }
    if (!response?.ok || !body?.grade) {
      setFormError(body?.error?.message ?? m.errors.internal);
      return;
    }
    setErrors({});
    dirty.current = false;
    setResult({ grade: body.grade, distribution: body.distribution ?? null });
  }, [answers, courseSlug, setId, item.id, keys, refs, l.fixErrors, m.errors.internal, submitting, locked]);

  const tryAgain = useCallback(() => {
    dirty.current = false;
    setResult(null);
    setErrors({});
    setFormError(null);
    setAnswers(startingAnswers(item, null));
  }, [item]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const goNext = useCallback(() => {
    if (nextHref) router.push(nextHref);
  }, [nextHref, router]);
  const onSubmitKey = useCallback(() => void submit(), [submit]);
  useLabelingKeys({ onSubmit: onSubmitKey, onHelp: openHelp, onNext: result && nextHref ? goNext : null });

  // Fresh fields take focus on the first one; after grading, focus moves to the feedback so it is
  // read out and "N" goes to the next item.
  useEffect(() => {
    if (result) document.getElementById("feedback-title")?.focus();
    else navigation.focus(keys[0]);
  }, [result, keys, navigation]);

  const turnsBefore = (turn: number | undefined) => item.dialogue.map((_, index) => index + 1).filter((number) => turn === undefined || number < turn);

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <ItemView item={item} m={m} judgedTurn={focus.turn} judgedResponse={focus.response} />
      </div>
      <div className="min-w-0 space-y-5">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span data-testid="item-position">{interpolate(l.position, { index: position.index, total: position.total })}</span>
          <span aria-live="polite">{draftState === "saving" ? l.draftSaving : draftState === "saved" ? l.draftSaved : ""}</span>
          <button type="button" onClick={() => setHelpOpen(true)} className="rounded border border-slate-300 px-2 py-0.5" aria-keyshortcuts="?">
            ? {l.shortcuts}
          </button>
        </div>
        {result && (
          <div
            className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950"
            data-testid="previous-attempt"
          >
            <p>
              {result.submittedAt
                ? interpolate(l.previousAttempt, {
                    date: formatDateTime(new Date(result.submittedAt), locale),
                    score: `${Math.round(result.grade.score * 100)}%`,
                  })
                : l.submittedAttempt}
            </p>
            <button type="button" onClick={tryAgain} className="min-h-10 rounded-lg border border-brand-600 bg-white px-3 font-semibold text-brand-700">
              {l.tryAgain}
            </button>
          </div>
        )}
        {formError && (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {formError}
          </p>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          className="space-y-5"
          aria-label={l.practice}
        >
          <fieldset disabled={locked} inert={locked} className="min-w-0 space-y-5">
            {item.tasks.map((task) => (
              <TaskFields
                key={task.id}
                task={task}
                answer={answers[task.id]}
                setAnswer={setAnswer(task.id)}
                api={api}
                m={m}
                locale={locale}
                turnsBefore={turnsBefore}
              />
            ))}
            {!item.tasks.some((task) => task.id === "rationale") && (
              <div className="space-y-1">
                <label htmlFor="field-rationale" className="text-sm font-semibold text-slate-800">
                  {l.rationale}
                </label>
                <textarea
                  id="field-rationale"
                  value={typeof answers.rationale === "string" ? answers.rationale : ""}
                  onChange={(event) => setAnswer("rationale")(event.target.value || undefined)}
                  rows={3}
                  maxLength={20_000}
                  aria-invalid={errors.rationale ? true : undefined}
                  className="block w-full rounded-xl border border-slate-300 p-3 text-sm"
                />
                {errors.rationale && <p className="text-sm text-red-700">{errors.rationale}</p>}
              </div>
            )}
          </fieldset>
          {!locked && (
            <button
              type="submit"
              disabled={submitting}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              className="min-h-11 w-full rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60 sm:w-auto"
            >
              {submitting ? l.submitting : l.submit} <kbd className="ml-2 text-xs">Ctrl/⌘ + Enter</kbd>
            </button>
          )}
        </form>
        {result && (
          <FeedbackPanel
            grade={result.grade}
            distribution={result.distribution}
            tasks={item.tasks}
            rationale={typeof answers.rationale === "string" ? answers.rationale : undefined}
            m={m}
            locale={locale}
            onRule={showRule}
          />
        )}
        <nav className="flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 text-sm" aria-label={l.position.replace(/\{.*?\}/g, "").trim()}>
          {previousHref ? (
            <Link className="text-brand-700 underline" href={previousHref}>
              ← {l.previous}
            </Link>
          ) : (
            <span />
          )}
          <Link className="text-brand-700 underline" href={backHref}>
            {l.backToPractice}
          </Link>
          {nextHref ? (
            <Link className="text-brand-700 underline" href={nextHref} aria-keyshortcuts="N">
              {l.next} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </div>
      <aside aria-label={l.guideline} className="min-w-0">
        <div
          ref={panel}
          className="sticky top-4 max-h-[85vh] overflow-y-auto rounded-2xl border border-slate-200 bg-slate-50 p-4 text-sm"
          data-testid="guideline-panel"
        >
          {guideline}
        </div>
      </aside>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} title={l.shortcuts} body={l.shortcutsHelp} closeLabel={l.close} />
    </div>
  );
}
