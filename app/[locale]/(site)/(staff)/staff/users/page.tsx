import type { Metadata } from "next";
import { RoleForm } from "@/components/staff/role-form";
import { buttonClass } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { searchUsers } from "@/lib/accounts/change-role";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { searchText } from "@/lib/validation/safe-text";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.backOffice.users.title };
}

type TProps = { searchParams: Promise<{ q?: string }> };

export default async function StaffUsersPage({ searchParams }: TProps) {
  const [user, { m }, query] = await Promise.all([requireRole(["ADMIN"], "/staff/users"), getMessages(), searchParams]);
  const q = searchText(query.q) ?? "";
  const users = await searchUsers(user, q);
  const u = m.backOffice.users;
  const roles = (["LEARNER", "INSTRUCTOR", "STAFF", "COACH", "ADMIN"] as const).map((role) => ({ value: role, label: m.roles[role] }));
  return (
    <>
      <PageHeading title={u.title}>
        <p>{u.intro}</p>
      </PageHeading>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2" role="search">
        <div className="space-y-1">
          <label htmlFor="user-search" className="block text-sm font-medium">
            {u.search}
          </label>
          <input id="user-search" name="q" defaultValue={q} className="min-h-11 rounded-lg border border-slate-300 px-3" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {u.searchSubmit}
        </button>
      </form>
      {users.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{u.empty}</p>
      ) : (
        <DataTable
          caption={u.title}
          captionHidden
          rowTestId="user-row"
          rows={users}
          rowKey={(row) => row.id}
          columns={[
            { key: "name", header: u.name, primary: true, cell: (row) => row.name },
            { key: "email", header: u.email, className: "break-all", cell: (row) => row.email },
            {
              key: "role",
              header: u.role,
              cell: (row) =>
                row.id === user.id ? (
                  m.roles[row.role]
                ) : (
                  <RoleForm
                    userId={row.id}
                    role={row.role}
                    roles={roles}
                    labels={{ roleFor: interpolate(u.roleFor, { name: row.name }), save: u.save, working: m.auth.working, saved: u.saved }}
                  />
                ),
            },
          ]}
        />
      )}
    </>
  );
}
