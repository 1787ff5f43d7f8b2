"use client";

import { useState } from "react";

type TStatus = "idle" | "copied" | "failed";

/** Copies the absolute URL of `#<anchorId>` on this page; the result is announced politely. */
export function CopyLinkButton({ anchorId, labels }: { anchorId: string; labels: { copy: string; copied: string; copyFailed: string } }) {
  const [status, setStatus] = useState<TStatus>("idle");
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${anchorId}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-xs font-semibold text-slate-700 hover:bg-slate-50"
      >
        {labels.copy}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {status === "copied" ? labels.copied : status === "failed" ? labels.copyFailed : ""}
      </span>
    </span>
  );
}
