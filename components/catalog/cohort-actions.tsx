import { CohortGroupPanel } from "@/components/group-buy/cohort-group-panel";
import { isEmailVerified } from "@/lib/accounts/email-verification";
import type { TSessionUser } from "@/lib/auth/session";
import { readCohortViewer, type TCohortPage } from "@/lib/catalog/read-cohort-page";
import type { TCohortGroupBuy } from "@/lib/group-buy/read-cohort-group-buy";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { CohortEnrollPanel } from "./cohort-enroll-panel";

/**
 * The only per-visitor parts of the cohort page: the standard-price action and the group-buy
 * action, for who is looking (anonymous, enrolled, holding, waitlisted …). Everything around them
 * is the same for every visitor. The user comes from the page (null on the cached public page), so
 * nothing here reads the request.
 */
export async function CohortStandardAction({
  user,
  cohort,
  path,
  joinWaitlist,
  m,
  locale,
  holdMinutes,
}: {
  user: TSessionUser | null;
  cohort: TCohortPage;
  path: string;
  joinWaitlist: boolean;
  m: TMessages;
  locale: TLocale;
  holdMinutes: number;
}) {
  const viewer = await readCohortViewer(cohort.id, user?.id ?? null);
  const unverifiedEmail = user && !(await isEmailVerified(user.id)) ? user.email : null;
  return (
    <CohortEnrollPanel
      cohort={cohort}
      viewer={viewer}
      path={path}
      joinWaitlist={joinWaitlist}
      m={m}
      locale={locale}
      holdMinutes={holdMinutes}
      unverifiedEmail={unverifiedEmail}
    />
  );
}

export async function CohortGroupAction({
  user,
  cohort,
  offer,
  path,
  m,
  locale,
}: {
  user: TSessionUser | null;
  cohort: TCohortPage;
  offer: TCohortGroupBuy;
  path: string;
  m: TMessages;
  locale: TLocale;
}) {
  const viewer = await readCohortViewer(cohort.id, user?.id ?? null);
  // An unverified learner cannot start a group (the standard action beside it says how to verify).
  const verified = user ? await isEmailVerified(user.id) : true;
  const canStart = viewer.kind === "anonymous" ? ("signIn" as const) : viewer.kind === "none" && cohort.seatsLeft > 0 && verified;
  return <CohortGroupPanel offer={offer} cohortId={cohort.id} canStart={canStart} signInPath={path} m={m} locale={locale} />;
}
