import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { getMessages } from "@/lib/i18n/server";
import { resetPasswordAction } from "../../../lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.reset.title };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ m }, { token }] = await Promise.all([getMessages(), searchParams]);
  return (
    <AuthCard title={m.auth.reset.title}>
      <ActionForm
        action={resetPasswordAction}
        hidden={{ token: token ?? "" }}
        fields={[{ name: "password", label: m.auth.reset.newPassword, type: "password", autoComplete: "new-password", hint: m.auth.signUp.passwordHint }]}
        submitLabel={m.auth.reset.submit}
        pendingLabel={m.auth.working}
      />
    </AuthCard>
  );
}
