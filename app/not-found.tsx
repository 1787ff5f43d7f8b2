import { zh } from "@/lib/i18n/messages/zh";

/** Only for URLs proxy.ts did not rewrite under a language (it rewrites every page): bilingual, plain. */
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>404 · {zh.pages.notFoundTitle}</h1>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a document of its own, outside the app's layouts: a full page load */}
          <a href="/">{zh.pages.backHome}</a>
        </p>
      </body>
    </html>
  );
}
