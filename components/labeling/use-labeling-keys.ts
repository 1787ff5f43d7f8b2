"use client";

import { useEffect, useMemo, useRef } from "react";
import type { TPublicItem, TPublicTask } from "@/lib/labeling/public-item";
import type { TAnswerState } from "./task-fields";

/**
 * One keyboard model for every labeling screen (practice and the qualification test): fields are
 * visited with ↑/↓, digits/letters/←/→ act inside a field, Ctrl/⌘+Enter submits (or saves), `?`
 * opens the list of keys, N goes to the next item when allowed.
 */

/** The empty answer of a task as the fields start (a rewrite starts from the original text). */
export function defaultAnswer(task: TPublicTask): unknown {
  if (task.type === "rubric") return { scores: {} };
  if (task.type === "flags") return { flags: [], refersTo: {} };
  if (task.type === "ranking") return { order: task.responses };
  if (task.type === "rewrite") return { text: task.original };
  if (task.type === "audit") return { wrong: [], rules: {} };
  return undefined;
}

/** Every task's answer: the saved one when there is one, otherwise the default; a saved rationale is kept. */
export function initialAnswers(item: TPublicItem, saved: TAnswerState | null | undefined): TAnswerState {
  return {
    ...Object.fromEntries(item.tasks.map((task) => [task.id, saved?.[task.id] ?? defaultAnswer(task)])),
    ...(typeof saved?.rationale === "string" ? { rationale: saved.rationale } : {}),
  };
}

/** The focusable field keys of an item in screen order (a rubric has one per dimension). */
export function fieldKeys(tasks: TPublicTask[]): string[] {
  return tasks.flatMap((task) =>
    task.type === "rubric"
      ? task.dimensions.map((d) => `${task.id}.${d.id}`)
      : task.type === "audit"
        ? task.labels.map((label) => `${task.id}.${label.id}`)
        : [task.id],
  );
}

/** Registration of field elements and ↑/↓ moves between them, in the order of `keys`. */
export function useFieldNavigation(keys: string[]) {
  const refs = useRef(new Map<string, HTMLElement>());
  return useMemo(
    () => ({
      refs,
      register: (key: string) => (element: HTMLElement | null) => {
        if (element) refs.current.set(key, element);
        else refs.current.delete(key);
      },
      move: (key: string, direction: 1 | -1) => refs.current.get(keys[Math.min(keys.length - 1, Math.max(0, keys.indexOf(key) + direction))]!)?.focus(),
      focus: (key: string | undefined) => {
        if (key) refs.current.get(key)?.focus();
      },
    }),
    [keys],
  );
}

/** The window-wide keys: Ctrl/⌘+Enter → `onSubmit`, `?` → `onHelp`, N → `onNext` (when given). */
export function useLabelingKeys({ onSubmit, onHelp, onNext }: { onSubmit: () => void; onHelp: () => void; onNext?: (() => void) | null }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = ["TEXTAREA", "INPUT", "SELECT"].includes((event.target as HTMLElement).tagName);
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        onSubmit();
      } else if (!typing && event.key === "?") {
        event.preventDefault();
        onHelp();
      } else if (!typing && onNext && (event.key === "n" || event.key === "N") && !event.ctrlKey && !event.metaKey && !event.altKey) {
        onNext();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSubmit, onHelp, onNext]);
}
