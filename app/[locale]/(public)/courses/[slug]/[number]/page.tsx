import type { Metadata } from "next";
import { CohortPageView, cohortPageMetadata } from "@/components/catalog/cohort-page-view";
import { messagesForParams } from "@/lib/i18n/locale-param";

type TParams = { params: Promise<{ locale: string; slug: string; number: string }> };

/** Cached per language (ISR) for anonymous visitors; holds, enrolments, refunds and staff edits revalidate it (lib/page-cache/revalidate-public-pages.ts). */
export const revalidate = 30;
/** Nothing rendered at build time (the page reads the database): rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

async function input({ params }: TParams) {
  const [{ slug, number }, { locale }] = await Promise.all([params, messagesForParams(params)]);
  return { slug, number, locale, user: null, joinWaitlist: false };
}

export async function generateMetadata(props: TParams): Promise<Metadata> {
  return cohortPageMetadata(await input(props));
}

/** The cohort page as an anonymous visitor sees it (signed-in visitors get app/[locale]/(site)/member/…). */
export default async function CohortPage(props: TParams) {
  return <CohortPageView {...await input(props)} />;
}
