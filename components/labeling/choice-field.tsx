"use client";

import type { KeyboardEvent, Ref } from "react";

export type TChoice = { value: number | string; label: string; hint?: string };

type TProps = {
  id: string;
  label: string;
  choices: readonly TChoice[];
  value: number | string | undefined;
  onChange: (value: number | string) => void;
  onFocus: () => void;
  onMove: (direction: 1 | -1) => void;
  error?: string;
  fieldRef: Ref<HTMLDivElement>;
  /** Text shown under the choices for the selected value (e.g. the score's anchor). */
  describe?: (value: number | string) => string | undefined;
};

/**
 * One keyboard-first choice (a rubric score, a preference, a verdict): a radiogroup that takes
 * focus as a whole; digit keys pick the n-th choice, ←/→ step through them, ↑/↓ move to the
 * previous/next field. Clicking or tapping a choice works too.
 */
export function ChoiceField({ id, label, choices, value, onChange, onFocus, onMove, error, fieldRef, describe }: TProps) {
  const index = choices.findIndex((choice) => choice.value === value);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= choices.length) {
      event.preventDefault();
      onChange(choices[digit - 1]!.value);
    } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      const next = Math.min(choices.length - 1, Math.max(0, (index < 0 ? 0 : index) + (event.key === "ArrowRight" ? 1 : -1)));
      onChange(choices[next]!.value);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      onMove(event.key === "ArrowDown" ? 1 : -1);
    }
  }
  const detail = value === undefined ? undefined : describe?.(value);
  return (
    <div className="space-y-2">
      <p id={`${id}-label`} className="text-sm font-semibold text-slate-800">
        {label}
      </p>
      <div
        ref={fieldRef}
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : detail ? `${id}-detail` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        data-field={id}
        className="flex flex-wrap gap-1.5 rounded-xl p-1 outline-offset-2 focus:bg-brand-50 aria-invalid:ring-2 aria-invalid:ring-red-500"
      >
        {choices.map((choice, position) => (
          <button
            key={String(choice.value)}
            type="button"
            role="radio"
            aria-checked={choice.value === value}
            tabIndex={-1}
            title={choice.hint}
            onClick={() => onChange(choice.value)}
            className="min-h-10 min-w-10 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium aria-checked:border-brand-600 aria-checked:bg-brand-600 aria-checked:text-white"
          >
            <span className="sr-only">{position + 1}: </span>
            {choice.label}
          </button>
        ))}
      </div>
      {detail && (
        <p id={`${id}-detail`} className="text-xs text-slate-600">
          {detail}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
