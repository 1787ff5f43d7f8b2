"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-styles";

/** Whether the browser has a share sheet never changes while the page is open. */
const noChanges = () => () => undefined;

/**
 * The group's link to copy, the system share sheet where the browser has one (phones: WeChat,
 * Messages …) and, on wide screens, a QR code to scan with a phone. On a phone the QR code is
 * hidden: nobody scans their own screen.
 */
export function SharePanel({
  url,
  qrDataUrl,
  shareText,
  labels,
}: {
  url: string;
  qrDataUrl: string;
  shareText: string;
  labels: { title: string; hint: string; copy: string; copied: string; link: string; qrAlt: string; share: string };
}) {
  const [copied, setCopied] = useState(false);
  // Known only in the browser (false while rendering on the server, so the first paint matches).
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === "function",
    () => false,
  );
  const share = async () => {
    try {
      await navigator.share({ title: labels.title, text: shareText, url });
    } catch {
      // Cancelled by the user, or refused: the link and the copy button are still there.
    }
  };
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard blocked (http, old browser): select the text so the learner can copy it by hand.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
  };
  return (
    <section aria-labelledby="share-title" className="grid gap-4 rounded-2xl border border-brand-100 bg-brand-50 p-5 sm:grid-cols-[1fr_9rem]">
      <div className="space-y-3">
        <h2 id="share-title" className="text-lg font-semibold">
          {labels.title}
        </h2>
        <p className="text-sm text-slate-700">{labels.hint}</p>
        <label className="block text-sm font-medium" htmlFor="group-link">
          {labels.link}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="group-link"
            ref={input}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 font-mono text-sm"
          />
          <button type="button" onClick={copy} className={buttonClass("secondary", "shrink-0")}>
            {labels.copy}
          </button>
          {canShare && (
            <button type="button" onClick={share} className={buttonClass("primary", "shrink-0")} data-testid="share-sheet">
              {labels.share}
            </button>
          )}
        </div>
        <p role="status" className="min-h-5 text-sm text-green-800">
          {copied ? labels.copied : ""}
        </p>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
      <img src={qrDataUrl} alt={labels.qrAlt} width={144} height={144} className="mx-auto rounded-lg bg-white p-1 max-sm:hidden" data-testid="group-qr" />
    </section>
  );
}
