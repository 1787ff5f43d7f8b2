"use client";

import type { KeyboardEvent, Ref } from "react";

type TProps = {
  id: string;
  label: string;
  order: string[];
  onChange: (order: string[]) => void;
  onFocus: () => void;
  onMove: (direction: 1 | -1) => void;
  responseLabel: (id: string) => string;
  labels: { up: string; down: string; rank: (index: number) => string };
  error?: string;
  fieldRef: Ref<HTMLOListElement>;
};

/** Ranking by moving responses up and down (buttons, or Alt+↑/↓ on the focused list; ↑/↓ alone move between fields). */
export function RankingField({ id, label, order, onChange, onFocus, onMove, responseLabel, labels, error, fieldRef }: TProps) {
  const swap = (index: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[index], next[to]] = [next[to]!, next[index]!];
    onChange(next);
  };
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    onMove(event.key === "ArrowDown" ? 1 : -1);
  }
  return (
    <div className="space-y-2">
      <p id={`${id}-label`} className="text-sm font-semibold text-slate-800">
        {label}
      </p>
      <ol
        ref={fieldRef}
        aria-labelledby={`${id}-label`}
        tabIndex={0}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        data-field={id}
        className="space-y-1 rounded-xl p-1 focus:bg-brand-50"
      >
        {order.map((responseId, index) => (
          <li key={responseId} className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm">
            <span className="w-16 text-slate-500">{labels.rank(index + 1)}</span>
            <span className="flex-1 font-medium">{responseLabel(responseId)}</span>
            <button
              type="button"
              className="rounded px-2 py-1 hover:bg-slate-100 disabled:opacity-30"
              disabled={index === 0}
              onClick={() => swap(index, index - 1)}
              aria-label={`${labels.up}: ${responseLabel(responseId)}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="rounded px-2 py-1 hover:bg-slate-100 disabled:opacity-30"
              disabled={index === order.length - 1}
              onClick={() => swap(index, index + 1)}
              aria-label={`${labels.down}: ${responseLabel(responseId)}`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
