import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";

export function SiteFooter({ m, showDevMail, year }: { m: TMessages; showDevMail: boolean; year: number }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between">
        <p>{m.footer.tagline}</p>
        <div className="flex gap-4">
          {showDevMail && (
            <Link className="underline hover:text-slate-900" href="/dev/mail">
              {m.footer.devMail}
            </Link>
          )}
          <span>{interpolate(m.footer.rights, { year })}</span>
        </div>
      </div>
    </footer>
  );
}
