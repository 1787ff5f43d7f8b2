import type { Metadata } from "next";
import { CohortPageView, cohortPageMetadata } from "@/components/catalog/cohort-page-view";
import { getCurrentUser } from "@/lib/auth/session";
import { messagesForParams } from "@/lib/i18n/locale-param";

type TParams = { params: Promise<{ locale: string; slug: string; number: string }>; searchParams: Promise<{ join?: string }> };

/** Signed-in visitors (proxy.ts sends them here): their own enrol and group-buy state, rendered per request, never cached. */
export const dynamic = "force-dynamic";

async function input({ params, searchParams }: TParams) {
  const [{ slug, number }, { locale }, user, query] = await Promise.all([params, messagesForParams(params), getCurrentUser(), searchParams]);
  return { slug, number, locale, user, joinWaitlist: query.join === "waitlist" };
}

export async function generateMetadata(props: TParams): Promise<Metadata> {
  return cohortPageMetadata(await input(props));
}

export default async function MemberCohortPage(props: TParams) {
  return <CohortPageView {...await input(props)} />;
}
