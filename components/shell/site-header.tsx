import Link from "next/link";
import type { TSessionUser } from "@/lib/auth/session";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import { AccountMenu, RoleNavItems, accountLabels, headerLinkClass as linkClass } from "./account-items";
import { ReaderAccountMenu, ReaderNavItems } from "./reader-account";

type TProps = {
  user: TSessionUser | null;
  locale: TLocale;
  m: TMessages;
  /** A prerendered lesson page (one HTML for every reader): the user's items are filled in from the reader's state call. */
  reader?: boolean;
};

/** Header: navigation by role, language switch, account menu. Works without JavaScript (a prerendered lesson's menu needs it). */
export function SiteHeader({ user, locale, m, reader = false }: TProps) {
  const otherLocale: TLocale = locale === "zh" ? "en" : "zh";
  const labels = accountLabels(m);
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
            {user && <RoleNavItems role={user.role} labels={labels} />}
            {!user && reader && <ReaderNavItems labels={labels} />}
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
            <AccountMenu user={user} labels={labels} />
          ) : reader ? (
            <ReaderAccountMenu labels={labels} />
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
