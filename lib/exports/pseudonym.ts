import { createHmac } from "node:crypto";
import { authSecret } from "../env";

/**
 * A learner's stable pseudonym within one cohort: "L-" + the first 10 hex digits of
 * HMAC-SHA256(AUTH_SECRET, cohortId + ":" + userId). The same learner gets the same pseudonym in every
 * export of that cohort (so files can be joined), a different one in another cohort (so cohorts cannot
 * be joined on it), and it cannot be turned back into a user id without the secret. Pure apart from
 * reading the secret; pass `secret` to avoid even that.
 */
export function learnerPseudonym(cohortId: string, userId: string, secret: string = authSecret()): string {
  return `L-${createHmac("sha256", secret).update(`${cohortId}:${userId}`).digest("hex").slice(0, 10)}`;
}
