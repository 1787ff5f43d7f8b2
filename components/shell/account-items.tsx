import Link from "next/link";
import { signOutAction } from "@/lib/accounts/actions";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TMessages } from "@/lib/i18n/types";

export const headerLinkClass = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";

/** The header's words a signed-in menu needs (a slice, so a client island does not carry the whole catalog). */
export type TAccountLabels = Pick<TMessages["nav"], "learn" | "teach" | "staff" | "coach" | "accountMenu" | "orders" | "account" | "signOut">;

export function accountLabels(m: TMessages): TAccountLabels {
  const { learn, teach, staff, coach, accountMenu, orders, account, signOut } = m.nav;
  return { learn, teach, staff, coach, accountMenu, orders, account, signOut };
}

/** The navigation items of a signed-in user, by role (list items of the header's nav list). */
export function RoleNavItems({ role, labels }: { role: Role; labels: TAccountLabels }) {
  const items = [
    { href: "/learn", label: labels.learn, shown: true },
    { href: "/teach", label: labels.teach, shown: hasRole({ role }, ["INSTRUCTOR"]) },
    { href: "/staff", label: labels.staff, shown: hasRole({ role }, ["STAFF"]) },
    { href: "/coach", label: labels.coach, shown: role === "COACH" },
  ];
  return items
    .filter((item) => item.shown)
    .map((item) => (
      <li key={item.href}>
        <Link className={headerLinkClass} href={item.href}>
          {item.label}
        </Link>
      </li>
    ));
}

/** The account menu: name, address, orders, account, sign out. A <details>: works without JavaScript. */
export function AccountMenu({ user, labels }: { user: { name: string; email: string }; labels: TAccountLabels }) {
  return (
    <details className="relative">
      <summary className={`${headerLinkClass} cursor-pointer list-none`} data-testid="account-menu">
        <span className="sr-only">{labels.accountMenu}: </span>
        <span data-testid="header-user-name">{user.name}</span> <span aria-hidden>▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-48 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 py-1 text-xs text-slate-500">{user.email}</p>
        <Link className={`${headerLinkClass} block`} href="/learn/orders">
          {labels.orders}
        </Link>
        <Link className={`${headerLinkClass} block`} href="/account">
          {labels.account}
        </Link>
        <form action={signOutAction}>
          <button type="submit" className={`${headerLinkClass} block w-full text-left`}>
            {labels.signOut}
          </button>
        </form>
      </div>
    </details>
  );
}
