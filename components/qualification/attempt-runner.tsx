"use client";

import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { finishQualificationAction } from "@/lib/qualification/actions";
import { ItemView } from "@/components/labeling/item-view";
import { ShortcutsDialog } from "@/components/labeling/shortcuts-dialog";
import { TaskFields, type TAnswerState } from "@/components/labeling/task-fields";
import { fieldKeys, initialAnswers, useFieldNavigation, useLabelingKeys } from "@/components/labeling/use-labeling-keys";
import { FormAlert } from "@/components/ui/form-alert";
import { interpolate } from "@/lib/i18n/interpolate";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TPublicItem } from "@/lib/labeling/public-item";
import { Countdown } from "./countdown";
import "katex/dist/katex.min.css";
import "@/components/labeling/workspace.css";

type TProps = {
  courseSlug: string;
  attemptId: string;
  deadline: string;
  serverNow: string;
  items: TPublicItem[];
  saved: Record<string, TAnswerState>;
  m: TMessages;
  locale: TLocale;
};

/**
 * A running qualification attempt: one item at a time with the labeling fields (no feedback, no
 * gold — the server never sends them), a save button per item, and a countdown from the server's
 * deadline that hands the attempt in when it reaches zero. The keys are the practice workspace's
 * (↑/↓ between fields, Ctrl/⌘+Enter saves the item, N next item, ? lists them).
 */
export function AttemptRunner({ courseSlug, attemptId, deadline, serverNow, items, saved, m, locale }: TProps) {
  const q = m.qualification;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, TAnswerState>>(() =>
    Object.fromEntries(items.map((item) => [item.id, initialAnswers(item, saved[item.id])])),
  );
  const [savedItems, setSavedItems] = useState<Set<string>>(() => new Set(Object.keys(saved)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  const [finishState, finishAction, finishing] = useActionState(finishQualificationAction, null);
  const finishForm = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const item = items[index]!;
  const keys = useMemo(() => fieldKeys(item.tasks), [item.tasks]);
  const navigation = useFieldNavigation(keys);

  const api = useMemo(
    () => ({
      register: navigation.register,
      focusField: () => {},
      move: navigation.move,
      errorFor: (key: string) => errors[key] ?? Object.entries(errors).find(([errorKey]) => errorKey.startsWith(`${key}.`))?.[1],
    }),
    [errors, navigation],
  );

  const save = useCallback(async () => {
    if (saving || timeUp) return;
    setSaving(true);
    setMessage(null);
    const response = await fetch("/api/qualification/answer", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ attemptId, itemId: item.id, answers: answers[item.id] }),
    }).catch(() => null);
    setSaving(false);
    const body = (await response?.json().catch(() => null)) as { ok?: boolean; fieldErrors?: Record<string, string>; error?: { message: string } } | null;
    if (response?.status === 422 && body?.fieldErrors) {
      setErrors(body.fieldErrors);
      setMessage({ kind: "error", text: interpolate(q.fixErrors, { count: Object.keys(body.fieldErrors).length }) });
      return;
    }
    if (!response?.ok || !body?.ok) {
      setMessage({ kind: "error", text: body?.error?.message ?? m.errors.internal });
      return;
    }
    setErrors({});
    setSavedItems((current) => new Set(current).add(item.id));
    setMessage({ kind: "success", text: q.savedAt });
  }, [answers, attemptId, item.id, m.errors.internal, q.fixErrors, q.savedAt, saving, timeUp]);

  const go = useCallback((next: number) => {
    setIndex(next);
    setErrors({});
    setMessage(null);
  }, []);

  const onSubmitKey = useCallback(() => void save(), [save]);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const goNext = useCallback(() => go(index + 1), [go, index]);
  useLabelingKeys({ onSubmit: onSubmitKey, onHelp: openHelp, onNext: index < items.length - 1 ? goNext : null });

  const onTimeUp = useCallback(() => {
    setTimeUp(true);
    confirmed.current = true;
    finishForm.current?.requestSubmit();
  }, []);

  useEffect(() => {
    navigation.focus(keys[0]);
  }, [keys, navigation]);

  return (
    <div className="space-y-6" data-testid="qualification-attempt">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white/95 p-4">
        <Countdown deadline={deadline} serverNow={serverNow} label={q.timeLeft} onElapsed={onTimeUp} />
        <form
          ref={finishForm}
          action={finishAction}
          onSubmit={(event) => {
            if (confirmed.current) return;
            if (!window.confirm(interpolate(q.finishConfirm, { saved: savedItems.size, total: items.length }))) event.preventDefault();
          }}
        >
          <input type="hidden" name="courseSlug" value={courseSlug} />
          <input type="hidden" name="attemptId" value={attemptId} />
          <button type="submit" disabled={finishing} className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {finishing ? q.finishing : q.finish}
          </button>
        </form>
      </div>
      {timeUp && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 font-medium text-amber-900">
          {q.timeUp}
        </p>
      )}
      {finishState && !finishState.ok && <FormAlert kind="error" message={finishState.message} />}
      <nav aria-label={q.itemNav}>
        <ol className="flex flex-wrap gap-2">
          {items.map((candidate, position) => (
            <li key={candidate.id}>
              <button
                type="button"
                onClick={() => go(position)}
                aria-current={position === index ? "step" : undefined}
                aria-label={`${interpolate(q.itemOf, { index: position + 1, total: items.length })} · ${savedItems.has(candidate.id) ? q.saved : q.notSaved}`}
                className={`h-10 w-10 rounded-full border text-sm font-semibold ${position === index ? "border-brand-600 ring-2 ring-brand-100" : "border-slate-300"} ${savedItems.has(candidate.id) ? "bg-emerald-50 text-emerald-800" : "bg-white"}`}
              >
                {position + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <ItemView item={item} m={m} />
        </div>
        <div className="min-w-0 space-y-5">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <p data-testid="qualification-position" data-item-id={item.id}>
              {interpolate(q.itemOf, { index: index + 1, total: items.length })} · {savedItems.has(item.id) ? q.saved : q.notSaved}
            </p>
            <button type="button" onClick={openHelp} className="rounded border border-slate-300 px-2 py-0.5" aria-keyshortcuts="?">
              ? {m.labeling.shortcuts}
            </button>
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            className="space-y-5"
            aria-label={interpolate(q.itemOf, { index: index + 1, total: items.length })}
          >
            {item.tasks.map((task) => (
              <TaskFields
                key={`${item.id}-${task.id}`}
                task={task}
                answer={answers[item.id]?.[task.id]}
                setAnswer={(value) => setAnswers((current) => ({ ...current, [item.id]: { ...current[item.id], [task.id]: value } }))}
                api={api}
                m={m}
                locale={locale}
                turnsBefore={(turn) => item.dialogue.map((_, i) => i + 1).filter((n) => turn === undefined || n < turn)}
              />
            ))}
            {message && <FormAlert kind={message.kind} message={message.text} />}
            <button
              type="submit"
              disabled={saving || timeUp}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              className="min-h-11 w-full rounded-lg border border-brand-600 px-4 py-2 font-semibold text-brand-700 disabled:opacity-60 sm:w-auto"
            >
              {saving ? q.saving : q.save} <kbd className="ml-2 text-xs">Ctrl/⌘ + Enter</kbd>
            </button>
          </form>
          <div className="flex justify-between border-t border-slate-200 pt-4 text-sm">
            <button type="button" className="text-brand-700 underline disabled:invisible" disabled={index === 0} onClick={() => go(index - 1)}>
              ← {q.previous}
            </button>
            <button type="button" className="text-brand-700 underline disabled:invisible" disabled={index === items.length - 1} onClick={() => go(index + 1)}>
              {q.next} →
            </button>
          </div>
        </div>
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} title={m.labeling.shortcuts} body={q.shortcutsHelp} closeLabel={m.labeling.close} />
    </div>
  );
}
