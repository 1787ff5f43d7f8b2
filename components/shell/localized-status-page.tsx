"use client";

import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";

type TTexts = { title: string; body: string; homeLabel: string; extra?: string };

/**
 * A status page (404) inside the cached public pages: a not-found boundary gets no params and must
 * not read cookies (it is rendered with every page), so it receives both languages' few strings
 * and shows the one of the URL's language segment.
 */
export function LocalizedStatusPage({
  code,
  texts,
  testId,
  children,
}: {
  code: string;
  texts: { zh: TTexts; en: TTexts };
  testId?: string;
  children?: ReactNode;
}) {
  const params = useParams<{ locale?: string }>();
  const t = params?.locale === "en" ? texts.en : texts.zh;
  return (
    <section aria-labelledby="status-title" className="mx-auto max-w-xl space-y-4 py-16 text-center" data-testid={testId}>
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 id="status-title" className="text-3xl font-bold text-slate-900">
        {t.title}
      </h1>
      <p className="text-slate-600">{t.body}</p>
      {t.extra && <p className="text-slate-600">{t.extra}</p>}
      {children}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- after an error, a full page load starts the app afresh */}
      <a href="/" className={buttonClass("primary", "mt-4")}>
        {t.homeLabel}
      </a>
    </section>
  );
}
