"use client";

import type { Ref } from "react";
import { DiffView } from "./diff-view";
import { MathPreview } from "./math-preview";

type TProps = {
  id: string;
  label: string;
  original: string;
  value: string;
  onChange: (text: string) => void;
  onFocus: () => void;
  error?: string;
  fieldRef: Ref<HTMLTextAreaElement>;
  labels: { preview: string; diff: string };
};

/** The rewrite editor: a textarea (starting from the original), a live math preview and a diff against the original. */
export function RewriteField({ id, label, original, value, onChange, onFocus, error, fieldRef, labels }: TProps) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        ref={fieldRef}
        data-field={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
        rows={8}
        maxLength={20_000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-xl border border-slate-300 p-3 font-mono text-sm aria-invalid:border-red-600"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <p className="mb-1 text-xs font-semibold text-slate-600">{labels.preview}</p>
          <MathPreview text={value} label={labels.preview} />
        </div>
        {original && (
          <div>
            <p className="mb-1 text-xs font-semibold text-slate-600">{labels.diff}</p>
            <DiffView original={original} text={value} label={labels.diff} testId="rewrite-diff" />
          </div>
        )}
      </div>
    </div>
  );
}
