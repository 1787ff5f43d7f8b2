"use client";

import { useEffect, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { enPages } from "@/lib/i18n/messages/en/pages";
import { zhPages } from "@/lib/i18n/messages/zh/pages";

const noSubscription = () => () => {};

/** Error boundary for every page: no stack trace, a retry, in the page's language. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The page's language is on <html lang>; the server's first render assumes Chinese.
  const locale = useSyncExternalStore(
    noSubscription,
    () => (document.documentElement.lang.startsWith("en") ? "en" : "zh"),
    () => "zh" as const,
  );
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Only the status-page strings: the whole catalogs would be shipped to every page.
  const pages = locale === "en" ? enPages : zhPages;
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
      <h1 id="error-title" className="text-3xl font-bold text-slate-900">
        {pages.errorTitle}
      </h1>
      <p className="mt-4 text-slate-600">{pages.errorBody}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-400">ref: {error.digest}</p>}
      <button type="button" onClick={reset} className={buttonClass("primary", "mt-8")}>
        {pages.retry}
      </button>
    </section>
  );
}
