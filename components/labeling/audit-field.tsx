"use client";

import type { KeyboardEvent, Ref } from "react";
import { maxAuditValueLength } from "@/lib/labeling/match-audit-value";

export type TAuditValue = { wrong: string[]; rules?: Record<string, string>; fixes?: Record<string, string> };
type TLabel = { id: string; field: string; fieldEn: string; value: string };

type TProps = {
  id: string;
  title: string;
  labeler?: string;
  labels: TLabel[];
  rules: string[];
  value: TAuditValue;
  onChange: (value: TAuditValue) => void;
  onFocus: (labelId: string) => void;
  onMove: (labelId: string, direction: 1 | -1) => void;
  fieldRef: (labelId: string) => Ref<HTMLDivElement>;
  error?: string;
  zh: boolean;
  text: {
    theirLabel: string;
    wrong: string;
    rule: string;
    chooseRule: string;
    ruleOption: (rule: string) => string;
    value: string;
    valueHint: string;
    help: string;
  };
};

/**
 * Someone else's labels, one row each: the learner marks the wrong ones and names the rule each
 * breaks, and may type the right value a wrong label should have had. Each row takes focus as a whole:
 * Space or X toggles "wrong", digit n names the n-th rule (and marks the label wrong), 0 clears the
 * rule, Enter moves into the right-value field of a wrong label (Enter or Esc comes back), ↑/↓ move to the
 * previous/next row. The checkbox, the rule menu and the value field inside each row are ordinary
 * controls too (Tab, mouse, touch, screen readers), so every rule is reachable even where there are
 * more than nine. Unmarking a label drops its rule and value.
 */
export function AuditField({ id, title, labeler, labels, rules, value, onChange, onFocus, onMove, fieldRef, error, zh, text }: TProps) {
  const wrong = new Set(value.wrong);
  const ruleOf = (labelId: string) => value.rules?.[labelId] ?? "";
  const fixOf = (labelId: string) => value.fixes?.[labelId] ?? "";
  const fixInputId = (labelId: string) => `${id}-${labelId}-fix`;
  function setRow(labelId: string, isWrong: boolean, rule: string, fix = fixOf(labelId)) {
    const nextWrong = labels.map((label) => label.id).filter((candidate) => (candidate === labelId ? isWrong : wrong.has(candidate)));
    const keep = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).filter(([key, text]) => text && nextWrong.includes(key)));
    onChange({ wrong: nextWrong, rules: keep({ ...value.rules, [labelId]: rule }), fixes: keep({ ...value.fixes, [labelId]: fix }) });
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, labelId: string) {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.tagName === "SELECT" || (target as HTMLInputElement).type === "text") return;
    const onRow = event.target === event.currentTarget;
    if (event.key === "Enter" && onRow && wrong.has(labelId)) {
      event.preventDefault();
      document.getElementById(fixInputId(labelId))?.focus();
      return;
    }
    const digit = Number(event.key);
    if ((event.key === " " && onRow) || event.key === "x" || event.key === "X") {
      event.preventDefault();
      setRow(labelId, !wrong.has(labelId), ruleOf(labelId));
    } else if (Number.isInteger(digit) && digit >= 1 && digit <= rules.length) {
      event.preventDefault();
      setRow(labelId, true, rules[digit - 1]!);
    } else if (event.key === "0") {
      event.preventDefault();
      setRow(labelId, wrong.has(labelId), "");
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      onMove(labelId, event.key === "ArrowDown" ? 1 : -1);
    }
  }
  return (
    <fieldset className="space-y-2" aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold text-slate-800">
        {title}
        {labeler ? ` · ${labeler}` : ""}
      </legend>
      <p id={`${id}-help`} className="text-xs text-slate-600">
        {text.help}
      </p>
      <ul className="space-y-2">
        {labels.map((label) => {
          const rowId = `${id}-${label.id}`;
          const isWrong = wrong.has(label.id);
          return (
            <li key={label.id}>
              <div
                ref={fieldRef(label.id)}
                role="group"
                aria-labelledby={`${rowId}-name ${rowId}-value`}
                tabIndex={0}
                data-field={rowId}
                data-wrong={isWrong ? "true" : "false"}
                onKeyDown={(event) => onKeyDown(event, label.id)}
                onFocus={() => onFocus(label.id)}
                className={`grid gap-2 rounded-xl border p-3 outline-offset-2 focus:bg-brand-50 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-center ${isWrong ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
              >
                <div className="min-w-0 text-sm">
                  <span id={`${rowId}-name`} className="font-medium">
                    {zh ? label.field : label.fieldEn}
                  </span>
                  <span className="text-slate-700"> · {text.theirLabel}：</span>
                  <span id={`${rowId}-value`} className="font-semibold">
                    {label.value}
                  </span>
                </div>
                <label className="flex min-h-10 items-center gap-2 text-sm">
                  <input type="checkbox" checked={isWrong} onChange={(event) => setRow(label.id, event.target.checked, ruleOf(label.id))} className="h-5 w-5" />
                  {text.wrong}
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <span className="sr-only">{text.rule}</span>
                  <select
                    value={ruleOf(label.id)}
                    disabled={!isWrong}
                    onChange={(event) => setRow(label.id, true, event.target.value)}
                    className="min-h-10 rounded-lg border border-slate-300 bg-white px-2 disabled:opacity-50"
                  >
                    <option value="">{text.chooseRule}</option>
                    {rules.map((rule, index) => (
                      <option key={rule} value={rule}>
                        {index + 1}. {text.ruleOption(rule)}
                      </option>
                    ))}
                  </select>
                </label>
                {isWrong && (
                  <div className="flex flex-col gap-1 text-sm sm:col-span-3 sm:flex-row sm:items-center sm:gap-2">
                    <label htmlFor={fixInputId(label.id)}>{text.value}</label>
                    <input
                      id={fixInputId(label.id)}
                      type="text"
                      value={fixOf(label.id)}
                      maxLength={maxAuditValueLength}
                      placeholder={text.valueHint}
                      autoComplete="off"
                      onChange={(event) => setRow(label.id, true, ruleOf(label.id), event.target.value)}
                      onKeyDown={(event) => {
                        // Enter would submit the whole form; like Esc it ends typing and returns to the row.
                        if (event.key !== "Escape" && !(event.key === "Enter" && !event.ctrlKey && !event.metaKey)) return;
                        event.preventDefault();
                        event.stopPropagation();
                        (event.currentTarget.closest("[data-field]") as HTMLElement | null)?.focus();
                      }}
                      className="min-h-10 w-full rounded-lg border border-slate-300 bg-white px-2 sm:max-w-xs"
                    />
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
