"use client";

/** Opens the browser's print dialog; not printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded-lg border border-slate-300 px-4 py-2 font-semibold print:hidden">
      {label}
    </button>
  );
}
