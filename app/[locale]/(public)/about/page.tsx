import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { locales } from "@/lib/i18n/types";
import { publicPageUrl } from "@/lib/i18n/public-page-url";

type TParams = { params: Promise<{ locale: string }> };

/**
 * About the school: fully static, prerendered at build time in both languages (no database, no
 * request data). The page benchmarks measure every other page against it (npm run bench:pages).
 */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}
export const dynamic = "force-static";

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { m } = await messagesForParams(params);
  return { title: m.meta.siteName, description: m.meta.description };
}

export default async function AboutPage({ params }: TParams) {
  const { m, locale } = await messagesForParams(params);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{m.meta.siteName}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{m.meta.description}</p>
      </header>
      <ul className="grid gap-6 sm:grid-cols-3">
        {m.home.points.map((point) => (
          <li key={point.title} className="rounded-2xl border border-slate-200 p-6">
            <h2 className="text-lg font-semibold text-slate-900">{point.title}</h2>
            <p className="mt-2 text-slate-600">{point.body}</p>
          </li>
        ))}
      </ul>
      <Link href={publicPageUrl(locale, "/courses")} className={buttonClass("primary")}>
        {m.home.ctaPrimary}
      </Link>
    </article>
  );
}
