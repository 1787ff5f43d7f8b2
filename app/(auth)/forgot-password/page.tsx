import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { getMessages } from "@/lib/i18n/server";
import { forgotPasswordAction } from "../../../lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { m } = await getMessages();
  return (
    <AuthCard title={m.auth.forgot.title} intro={m.auth.forgot.intro}>
      <ActionForm
        action={forgotPasswordAction}
        fields={[{ name: "email", label: m.auth.email, type: "email", autoComplete: "email" }]}
        submitLabel={m.auth.forgot.submit}
        pendingLabel={m.auth.working}
        successMessage={m.auth.forgot.sent}
      />
    </AuthCard>
  );
}
