import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { afterSignInPath } from "@/lib/auth/role-home";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getMessages } from "@/lib/i18n/server";
import { signUpAction } from "@/lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.signUp.title };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ m }, params, user] = await Promise.all([getMessages(), searchParams, getCurrentUser()]);
  const next = safeReturnPath(params.next, "");
  if (user) redirect(afterSignInPath(next, user.role));
  return (
    <AuthCard
      title={m.auth.signUp.title}
      footer={
        <p>
          {m.auth.signUp.haveAccount}{" "}
          <Link className="text-brand-700 underline" href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>
            {m.auth.signUp.signInLink}
          </Link>
        </p>
      }
    >
      <ActionForm
        action={signUpAction}
        hidden={{ next }}
        fields={[
          { name: "name", label: m.auth.name, autoComplete: "name" },
          { name: "email", label: m.auth.email, type: "email", autoComplete: "email" },
          { name: "password", label: m.auth.password, type: "password", autoComplete: "new-password", hint: m.auth.signUp.passwordHint },
        ]}
        submitLabel={m.auth.signUp.submit}
        pendingLabel={m.auth.working}
        successMessage={m.auth.signUp.sent}
      />
    </AuthCard>
  );
}
