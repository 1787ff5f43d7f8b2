import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { getMessages } from "@/lib/i18n/server";
import { requestMagicLinkAction } from "../../../lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.magic.title };
}

export default async function MagicLinkPage() {
  const { m } = await getMessages();
  return (
    <AuthCard title={m.auth.magic.title} intro={m.auth.magic.intro}>
      <ActionForm
        action={requestMagicLinkAction}
        fields={[{ name: "email", label: m.auth.email, type: "email", autoComplete: "email" }]}
        submitLabel={m.auth.magic.submit}
        pendingLabel={m.auth.working}
        successMessage={m.auth.magic.sent}
      />
    </AuthCard>
  );
}
