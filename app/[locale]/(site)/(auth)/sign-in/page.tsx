import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { AuthCard } from "@/components/forms/auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { afterSignInPath } from "@/lib/auth/role-home";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getMessages } from "@/lib/i18n/server";
import { signInAction } from "@/lib/accounts/sign-in-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.auth.signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const [{ m }, params, user] = await Promise.all([getMessages(), searchParams, getCurrentUser()]);
  // Only an explicit, same-site return path is carried; without one the action sends each role home.
  const next = safeReturnPath(params.next, "");
  if (user) redirect(afterSignInPath(next, user.role));
  return (
    <AuthCard
      title={m.auth.signIn.title}
      footer={
        <>
          <p>
            <Link className="text-brand-700 underline" href="/forgot-password">
              {m.auth.signIn.forgot}
            </Link>
          </p>
          <p>
            <Link className="text-brand-700 underline" href="/magic-link">
              {m.auth.signIn.magicLink}
            </Link>
          </p>
          <p>
            {m.auth.signIn.noAccount}{" "}
            <Link className="text-brand-700 underline" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>
              {m.auth.signIn.signUpLink}
            </Link>
          </p>
        </>
      }
    >
      <ActionForm
        action={signInAction}
        hidden={{ next }}
        notice={params.reset ? m.auth.reset.done : undefined}
        fields={[
          { name: "email", label: m.auth.email, type: "email", autoComplete: "email" },
          { name: "password", label: m.auth.password, type: "password", autoComplete: "current-password" },
        ]}
        submitLabel={m.auth.signIn.submit}
        pendingLabel={m.auth.working}
      />
    </AuthCard>
  );
}
