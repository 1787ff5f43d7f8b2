import Link from "next/link";
import { signOutAction } from "@/lib/accounts/actions";
import { hasRole } from "@/lib/auth/guards";
import type { TSessionUser } from "@/lib/auth/session";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { publicPageUrl } from "@/lib/i18n/public-page-url";

const linkClass = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";

/** Header: navigation by role, language switch, account menu. Works without JavaScript. */
export function SiteHeader({ user, locale, m }: { user: TSessionUser | null; locale: TLocale; m: TMessages }) {
  const otherLocale: TLocale = locale === "zh" ? "en" : "zh";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={publicPageUrl(locale, "/")} className="mr-2 text-lg font-bold text-brand-700">
          {m.meta.siteName}
        </Link>
        <nav aria-label={m.nav.main} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            <li>
              <Link className={linkClass} href={publicPageUrl(locale, "/courses")}>
                {m.nav.catalog}
              </Link>
            </li>
            {user && (
              <li>
                <Link className={linkClass} href="/learn">
                  {m.nav.learn}
                </Link>
              </li>
            )}
            {user && hasRole(user, ["INSTRUCTOR"]) && (
              <li>
                <Link className={linkClass} href="/teach">
                  {m.nav.teach}
                </Link>
              </li>
            )}
            {user && hasRole(user, ["STAFF"]) && (
              <li>
                <Link className={linkClass} href="/staff">
                  {m.nav.staff}
                </Link>
              </li>
            )}
            {user && user.role === "COACH" && (
              <li>
                <Link className={linkClass} href="/coach">
                  {m.nav.coach}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <form action="/locale" method="post">
            <input type="hidden" name="locale" value={otherLocale} />
            <button type="submit" className={linkClass} lang={otherLocale === "zh" ? "zh-CN" : "en"} aria-label={`${m.nav.language}: ${m.nav.switchTo}`}>
              {m.nav.switchTo}
            </button>
          </form>
          {user ? (
            <details className="relative">
              <summary className={`${linkClass} cursor-pointer list-none`} data-testid="account-menu">
                <span className="sr-only">{m.nav.accountMenu}: </span>
                <span data-testid="header-user-name">{user.name}</span> <span aria-hidden>▾</span>
              </summary>
              <div className="absolute right-0 z-20 mt-2 w-48 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
                <p className="truncate px-3 py-1 text-xs text-slate-500">{user.email}</p>
                <Link className={`${linkClass} block`} href="/learn/orders">
                  {m.nav.orders}
                </Link>
                <Link className={`${linkClass} block`} href="/account">
                  {m.nav.account}
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className={`${linkClass} block w-full text-left`}>
                    {m.nav.signOut}
                  </button>
                </form>
              </div>
            </details>
          ) : (
            <>
              <Link className={linkClass} href="/sign-in">
                {m.nav.signIn}
              </Link>
              <Link className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700" href="/sign-up">
                {m.nav.signUp}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
