"use client";

import { enPages } from "@/lib/i18n/messages/en/pages";
import { zhPages } from "@/lib/i18n/messages/zh/pages";

/** Last resort when the root layout itself fails: bilingual, since the language is unknown here. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>
          {zhPages.errorTitle} / <span lang="en">{enPages.errorTitle}</span>
        </h1>
        <p>{zhPages.errorBody}</p>
        <p lang="en">{enPages.errorBody}</p>
        <button type="button" onClick={reset}>
          {zhPages.retry} / {enPages.retry}
        </button>
      </body>
    </html>
  );
}
