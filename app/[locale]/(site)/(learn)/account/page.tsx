import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { QualificationCard } from "@/components/qualification/qualification-card";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { readQualificationSummaries } from "@/lib/qualification/read-qualification-summaries";
import { changePasswordAction, updateProfileAction } from "@/lib/accounts/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.account.title };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ passwordChanged?: string }> }) {
  const [user, { m, locale }, params] = await Promise.all([requireUser("/account"), getMessages(), searchParams]);
  // The profile carries the learner's qualification results and certificates, as the dashboard does.
  const qualifications = await readQualificationSummaries(user);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title={m.account.title}>
        <p>
          {user.email} · {m.account.role}: {m.roles[user.role]}
        </p>
      </PageHeading>
      <QualificationCard summaries={qualifications} m={m} locale={locale} />
      <div className="grid gap-8">
        <section aria-labelledby="profile-title" className="rounded-2xl border border-slate-200 p-6">
          <h2 id="profile-title" className="mb-4 text-lg font-semibold">
            {m.account.profile}
          </h2>
          <ActionForm
            action={updateProfileAction}
            fields={[
              { name: "name", label: m.auth.name, autoComplete: "name", defaultValue: user.name },
              {
                name: "locale",
                label: m.account.locale,
                defaultValue: user.locale,
                options: [
                  { value: "zh", label: m.locales.zh },
                  { value: "en", label: m.locales.en },
                ],
              },
            ]}
            submitLabel={m.account.save}
            pendingLabel={m.auth.working}
            successMessage={m.account.saved}
          />
        </section>
        <section aria-labelledby="password-title" className="rounded-2xl border border-slate-200 p-6">
          <h2 id="password-title" className="mb-4 text-lg font-semibold">
            {m.account.passwordTitle}
          </h2>
          <ActionForm
            action={changePasswordAction}
            fields={[
              { name: "currentPassword", label: m.account.currentPassword, type: "password", autoComplete: "current-password" },
              { name: "newPassword", label: m.account.newPassword, type: "password", autoComplete: "new-password", hint: m.auth.signUp.passwordHint },
            ]}
            submitLabel={m.account.changePassword}
            pendingLabel={m.auth.working}
            notice={params.passwordChanged ? m.account.passwordChanged : undefined}
          />
        </section>
      </div>
    </div>
  );
}
