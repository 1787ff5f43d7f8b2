"use client";

import { messagesFor } from "@/lib/i18n/catalog";

/** Last resort when the root layout itself fails: bilingual, since the language is unknown here. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const zh = messagesFor("zh");
  const en = messagesFor("en");
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>{zh.pages.errorTitle} / <span lang="en">{en.pages.errorTitle}</span></h1>
        <p>{zh.pages.errorBody}</p>
        <p lang="en">{en.pages.errorBody}</p>
        <button type="button" onClick={reset}>{zh.pages.retry} / {en.pages.retry}</button>
      </body>
    </html>
  );
}
