"use client";

import { useState } from "react";

type TStatus = "idle" | "copied" | "failed";

/**
 * Copies the absolute URL of `#<anchorId>` on this page; the result is announced politely. Its
 * labels come as three strings, not an object: the RSC payload then carries them inline rather
 * than a long reference path per rule.
 */
export function CopyLinkButton({ anchorId, copy: copyLabel, copied, copyFailed }: { anchorId: string; copy: string; copied: string; copyFailed: string }) {
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
    <span className="mdx-rule-tools">
      <button type="button" onClick={copy} className="mdx-copy-link">
        {copyLabel}
      </button>
      <span role="status" className="mdx-copy-status">
        {status === "copied" ? copied : status === "failed" ? copyFailed : ""}
      </span>
    </span>
  );
}
