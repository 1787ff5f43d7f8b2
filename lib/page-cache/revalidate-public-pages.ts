import "server-only";
import { revalidatePath } from "next/cache";
import { log } from "../log/logger";

/**
 * Marks every cached public page (home, catalog, course, cohort pages, in both languages) stale,
 * so the next visitor gets one rendered from the database: call it after anything that changes
 * seats left, prices, a cohort's dates or status, or a group-buy's state (holds, enrolments,
 * refunds, cancellations, staff edits, Stripe events). Only inside a request (server action or
 * route handler); work done by the scheduler shows after the pages' revalidate time (30 s).
 * All pages live under app/[locale], so that layout covers them; pages rendered per request are
 * not affected.
 */
export function revalidatePublicPages(): void {
  try {
    revalidatePath("/[locale]", "layout");
  } catch (error) {
    // Outside a request (a job, a script) Next.js has nowhere to record it. Never fail the change
    // that was made: the pages refresh within their revalidate time anyway.
    log().warn({ err: error }, "cached public pages not marked stale; they refresh within 30 s");
  }
}

/** Commits whose changes were already revalidated (see revalidatePublicPagesOnce). */
const revalidatedCommits = new WeakSet<object>();

/**
 * revalidatePublicPages, once per commit: requests whose changes were written by the same
 * transaction (the holds of one turn, see grantHoldInTurn) pass its token, and only the first of
 * them marks the pages stale — after that commit, so it covers every change the commit made.
 */
export function revalidatePublicPagesOnce(commit: object): void {
  if (revalidatedCommits.has(commit)) return;
  revalidatedCommits.add(commit);
  revalidatePublicPages();
}
