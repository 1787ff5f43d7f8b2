"use client";

import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { clsx } from "clsx";

const subscribeNever = () => () => {};

/** Tabs after hydration; all panels stacked before it (so the content never depends on JS). */
export function TabsClient({ tabs, label }: { tabs: { label: string; panel: ReactNode }[]; label: string }) {
  const baseId = useId();
  // false on the server and during hydration, true afterwards.
  const enhanced = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  if (!enhanced) {
    return (
      <div className="my-6 space-y-4">
        {tabs.map((tab, index) => (
          <section key={index} aria-label={tab.label} className="rounded-lg border border-slate-200 px-4 py-3">
            <p className="mt-0 font-semibold text-slate-900">{tab.label}</p>
            {tab.panel}
          </section>
        ))}
      </div>
    );
  }

  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    tabRefs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div className="my-6">
      <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200">
        {tabs.map((tab, index) => (
          <button
            key={index}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
            onKeyDown={onKeyDown}
            className={clsx(
              "-mb-px min-h-11 shrink-0 rounded-t-md border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap",
              index === selected ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={index}
          role="tabpanel"
          id={`${baseId}-panel-${index}`}
          aria-labelledby={`${baseId}-tab-${index}`}
          tabIndex={0}
          hidden={index !== selected}
          className="pt-2"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
