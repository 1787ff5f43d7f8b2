"use client";

import { useEffect, useRef } from "react";

/** The "?" help: a modal dialog (native <dialog>, Esc closes, focus returns to where it was). */
export function ShortcutsDialog({
  open,
  onClose,
  title,
  body,
  closeLabel,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  body: string;
  closeLabel: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto max-w-md rounded-2xl p-6 backdrop:bg-slate-900/40">
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {body.split(/[；;]\s*/).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={onClose} className="mt-5 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
        {closeLabel}
      </button>
    </dialog>
  );
}
