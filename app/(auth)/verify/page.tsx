import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getMessages } from "@/lib/i18n/server";
import { verifyMagicLinkAction } from "../../../lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.magic.verifyTitle };
}

/**
 * The magic link lands here and signs in only when the person presses the button: mail scanners
 * that open links (GET) therefore cannot use up the one-time token.
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string; next?: string }> }) {
  const [{ m }, { token, next }] = await Promise.all([getMessages(), searchParams]);
  return (
    <AuthCard title={m.auth.magic.verifyTitle} intro={m.auth.magic.verifyIntro}>
      <ActionForm
        action={verifyMagicLinkAction}
        hidden={{ token: typeof token === "string" ? token : "", next: safeReturnPath(next, "") }}
        fields={[]}
        submitLabel={m.auth.magic.verifySubmit}
        pendingLabel={m.auth.working}
      />
    </AuthCard>
  );
}
