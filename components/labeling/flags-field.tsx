"use client";

import type { KeyboardEvent, Ref } from "react";
import { flagCatalog, flagsWithReference, type TFlag } from "@/lib/labeling/flags";
import type { TLocale } from "@/lib/i18n/types";

const keys = "asdfghjklqwertyuiop";

type TProps = {
  id: string;
  label: string;
  options: readonly string[];
  value: { flags: string[]; refersTo?: Record<string, number> };
  onChange: (value: { flags: string[]; refersTo?: Record<string, number> }) => void;
  onFocus: () => void;
  onMove: (direction: 1 | -1) => void;
  /** Earlier turns a drift/context-loss flag may point back to (multi-turn), else empty. */
  earlierTurns: readonly number[];
  refersToLabel: string;
  error?: string;
  fieldRef: Ref<HTMLDivElement>;
  locale: TLocale;
};

/** Flags as toggles: each option has a letter key shown beside it; ↑/↓ move between fields. */
export function FlagsField({ id, label, options, value, onChange, onFocus, onMove, earlierTurns, refersToLabel, error, fieldRef, locale }: TProps) {
  const toggle = (flag: string) => {
    const on = value.flags.includes(flag);
    const flags = on ? value.flags.filter((item) => item !== flag) : [...value.flags, flag];
    const refersTo = { ...(value.refersTo ?? {}) };
    if (on) delete refersTo[flag];
    onChange({ flags, refersTo });
  };
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).tagName === "SELECT") return;
    const position = keys.indexOf(event.key.toLowerCase());
    if (position >= 0 && position < options.length) {
      event.preventDefault();
      toggle(options[position]!);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      onMove(event.key === "ArrowDown" ? 1 : -1);
    }
  }
  return (
    <div className="space-y-2">
      <p id={`${id}-label`} className="text-sm font-semibold text-slate-800">
        {label}
      </p>
      <div
        ref={fieldRef}
        role="group"
        aria-labelledby={`${id}-label`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        data-field={id}
        className="flex flex-wrap gap-1.5 rounded-xl p-1 focus:bg-brand-50"
      >
        {options.map((flag, position) => {
          const on = value.flags.includes(flag);
          const name = flagCatalog[flag as TFlag]?.[locale] ?? flag;
          return (
            <span key={flag} className="inline-flex items-center gap-1">
              <button
                type="button"
                role="checkbox"
                aria-checked={on}
                tabIndex={-1}
                onClick={() => toggle(flag)}
                className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm aria-checked:border-red-600 aria-checked:bg-red-50 aria-checked:text-red-800"
              >
                <kbd className="mr-1.5 rounded bg-slate-100 px-1 text-xs text-slate-600" aria-hidden>
                  {keys[position]?.toUpperCase()}
                </kbd>
                {name}
              </button>
              {on && earlierTurns.length > 0 && flagsWithReference.includes(flag as TFlag) && (
                <select
                  aria-label={`${name} · ${refersToLabel}`}
                  value={value.refersTo?.[flag] ?? ""}
                  onChange={(event) => onChange({ ...value, refersTo: { ...(value.refersTo ?? {}), [flag]: Number(event.target.value) } })}
                  className="rounded-lg border border-slate-300 px-2 py-1 text-sm"
                >
                  <option value="">{refersToLabel}</option>
                  {earlierTurns.map((turn) => (
                    <option key={turn} value={turn}>
                      {turn}
                    </option>
                  ))}
                </select>
              )}
            </span>
          );
        })}
      </div>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
