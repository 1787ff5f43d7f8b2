import { ActionButton } from "@/components/forms/action-button";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";
import { sendVerificationMailAction } from "@/lib/accounts/verification-actions";

/**
 * Shown instead of “enroll”, “join the waitlist” or “join the group” to a signed-in learner whose
 * email is not verified yet: why, and a button that mails the verification link (returning to `next`).
 */
export function VerifyEmailNotice({ email, next, m }: { email: string; next: string; m: TMessages }) {
  return (
    <section aria-labelledby="verify-email" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900" data-testid="verify-email">
      <h2 id="verify-email" className="font-semibold">
        {m.cohort.verifyEmailTitle}
      </h2>
      <p className="text-sm">{interpolate(m.cohort.verifyEmailNotice, { email })}</p>
      <ActionButton
        action={sendVerificationMailAction}
        hidden={{ next }}
        label={m.cohort.sendVerifyEmail}
        pendingLabel={m.auth.working}
        successMessage={m.cohort.verifyEmailSent}
      />
    </section>
  );
}
